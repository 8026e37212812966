/** How long a `src` may take, unless the element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The largest data file read (from `src`, and by the command line); bigger ones end in a `too-large` error. */
export const MAX_BYTES = 2_000_000;

/** The largest workbook (or CSV) file `import` and the data editor read: the data it holds is far below MAX_BYTES of JSON. */
export const MAX_WORKBOOK_BYTES = 20e6;

/** The most problems a validation lists; `more` counts the others. */
export const MAX_ISSUES = 100;

/** The most problems the schema's checks look for before they stop (memory: src/data/validate.ts). */
export const FIND_ISSUES = 1000;

/** More values, or a longer list, than MAX_BYTES of JSON can hold: not read (src/data/validate.ts). */
export const MAX_NODES = 2_000_000;
export const MAX_ITEMS = 1_000_000;
