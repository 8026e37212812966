/** How long a `src` may take, unless the element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;
