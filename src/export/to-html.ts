import { nothing, type TemplateResult } from 'lit';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function isTemplate(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value;
}

/** `ifDefined(x)` and other one-value directives stand for their value here. */
function unwrap(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && '_$litDirective$' in value) {
    return (value as unknown as { values: unknown[] }).values[0];
  }
  return value;
}

/**
 * Serializes a Lit template to HTML as the browser would render it, for the
 * static export: text escaped, event and property bindings dropped, boolean
 * attributes kept when true. Covers the bindings our render functions use.
 */
export function toHtml(value: unknown): string {
  value = unwrap(value);
  if (value === nothing || value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(toHtml).join('');
  if (!isTemplate(value)) return escapeText(String(value));
  const { strings, values } = value;
  let out = '';
  let skipQuote = '';
  for (let i = 0; i < strings.length; i++) {
    let s = strings[i];
    if (skipQuote && s.startsWith(skipQuote)) s = s.slice(1);
    skipQuote = '';
    if (i === values.length) {
      out += s;
      break;
    }
    const binding = /([.?@]?)([^\s"'>/=]+)=(["']?)$/.exec(s);
    const v = unwrap(values[i]);
    if (!binding) {
      out += s + toHtml(v);
      continue;
    }
    const [whole, prefix, name, quote] = binding;
    out += s.slice(0, -whole.length);
    skipQuote = quote;
    if (prefix === '@' || prefix === '.') continue;
    if (prefix === '?') {
      if (v) out += name;
      continue;
    }
    if (v === nothing || v === undefined || v === null) continue;
    out += `${name}="${escapeText(String(v))}"`;
  }
  return out;
}
