// What a file of dist/chunks/ is, from its URL or path: `data`, `external`, `fetch`, `sv` or `fr` for
// the chunks with stable names (`<entry>.data.js`…, see stableChunk in src/embed/pages.ts), the name before Rollup's
// 8-character hash for the others (`error-state`); undefined for any other file.
// Shared by the browser tests (test/support/frames.ts) and the test server (test/server/routes.mjs).

/** @param {string} url @returns {string | undefined} */
export const chunkKind = (url) => /\/chunks\/(?:[\w-]+\.(data|external|fetch|sv|fr)|([a-z-]+)-[\w-]{8})\.js$/.exec(url)?.slice(1).find(Boolean);
