// The ids of the msg() calls in this library's TypeScript source: used to
// split lit-localize's message catalogs (scripts/split-catalogs.mjs).
// Every call names its id (`msg('Sources:', { id: 'sources' })`; the type of
// src/i18n/localization.ts's msg requires one): the ids are stable for
// translators, and no message is hashed at run time.

// msg('…', { id: '…' }) or msg(str`…${x}…`, { id: '…' }) (`msg$1(` too: Rollup
// may rename an import); groups: the call up to the id's opening quote, the
// quote, the id.
const MSG_CALL = /(\bmsg(?:\$\d+)?\(\s*(?:str\s*)?(?:`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*)(['"])([\w.-]+)\2(?=\s*,?\s*\}\s*\))/g;

/** A catalog line of lit-localize's runtime output: `'sources': …,` */
export const CATALOG_LINE = /^\s*'([\w.-]+)': .*\n/gm;

/**
 * The ids of the msg() calls in `code`. Throws when a call has no explicit id
 * or cannot be read (e.g. a variable as its message), so that a message can
 * never be left out of a catalog silently.
 */
export function msgIds(code) {
  // Comments mention msg() too (in @lit/localize's own examples): leave them out.
  const uncommented = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/ .*$/gm, '');
  const calls = [...uncommented.matchAll(MSG_CALL)];
  if ((uncommented.match(/\bmsg(?:\$\d+)?\(/g) ?? []).length !== calls.length) {
    throw new Error("a msg() call without an explicit { id: '…' }, or one whose message cannot be read");
  }
  return new Set(calls.map((m) => m[3]));
}
