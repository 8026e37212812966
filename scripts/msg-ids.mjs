// The ids @lit/localize gives msg() calls, read from code (TypeScript source
// or built JavaScript): used to split and prune the message catalogs.
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

// msg('…') or msg(str`…${x}…`): the first argument, a string or a template.
const MSG_CALL = /\bmsg\(\s*(?:str\s*)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

/** A catalog line of lit-localize's runtime output: `'s0123456789abcdef': …,` */
export const CATALOG_LINE = /^\s*'(s[0-9a-f]{16})': .*\n/gm;

/**
 * The ids of the msg() calls in `code`, computed as @lit/localize computes
 * them at run time. Throws when a call cannot be read (e.g. a variable as its
 * argument), so a message can never be left out silently.
 */
export function msgIds(code) {
  // Comments mention msg() too (in @lit/localize's own examples): leave them out.
  const uncommented = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const calls = [...uncommented.matchAll(MSG_CALL)];
  if ((uncommented.match(/\bmsg\(/g) ?? []).length !== calls.length) {
    throw new Error('a msg() call whose message cannot be read');
  }
  return new Set(
    calls.map(([, literal]) => {
      const body = literal.slice(1, -1);
      return generateMsgId(literal[0] === '`' ? body.split(/\$\{[^}]*\}/) : [body], false);
    }),
  );
}
