/**
 * Characters that change what text around them means or does: C0 and C1 controls (a terminal's
 * escape sequences among them), DEL, the invisible marks that reorder text (bidirectional controls,
 * as in "Trojan Source" spoofing), zero-width characters, line and paragraph separators, and the BOM.
 */
 
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** `\u001b` for ESC: the character written out, so that it is seen and does nothing. */
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from outside (a query value, a key or value in a data file) made safe to quote in a message:
 * the characters above written as `\u…` escapes, and at most `max` characters in all (escapes
 * included; the rest as `…`, never half a character).
 */
export function shorten(value: string, max = 60): string {
  let out = '';
  for (const c of value) {
    const shown = c.replace(UNSAFE, escape);
    if (out.length + shown.length > max) return `${out}…`;
    out += shown;
  }
  return out;
}

/** Text for a terminal: every character above written as a `\u…` escape except those in `keep` (line breaks, by default). */
export const inert = (text: string, keep = '\n') => text.replace(UNSAFE, (c) => (keep.includes(c) ? c : escape(c)));
