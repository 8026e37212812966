import { HEIGHT, HELLO, secretOf, type HeightMessage } from './protocol.js';

/** The height the page needs, in whole CSS pixels: the document's own box, not the frame's viewport. */
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * Inside an embed page: reports the page's height to the page around it, in
 * this library's protocol and, when the URL carries a WordPress secret, in
 * wp-embed's; again whenever the height changes (a ResizeObserver sees
 * resizes, language changes and disclosures alike) and when the parent asks.
 * Does nothing when the page is not in a frame.
 */
export function reportHeight(win: Window = window): void {
  if (win.parent === win) return;
  // Read each time: a host may add WordPress's secret to the fragment after the page loaded (no reload).
  const secret = () => secretOf(win.location.hash);
  const id = win.location.pathname + win.location.search;
  let last = -1;
  const send = (always: boolean) => {
    // A frame not laid out yet (no width) would report the height of a one-word-wide column.
    if (!document.documentElement.clientWidth) return;
    const height = contentHeight();
    if (height === last && !always) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT, id, height };
    // The height is no secret; '*' because a sandboxed frame cannot know its parent's origin.
    win.parent.postMessage(message, '*');
    if (secret()) win.parent.postMessage({ secret: secret(), message: 'height', value: height }, '*');
  };
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent) return;
    const data = event.data as { type?: unknown; message?: unknown; secret?: unknown } | null;
    if (data?.type === HELLO || (secret() && data?.message === 'ready' && data.secret === secret())) send(true);
  });
  win.addEventListener('hashchange', () => send(true));
  new ResizeObserver(() => send(false)).observe(document.documentElement);
  win.addEventListener('load', () => send(true));
}

/**
 * Runs `then` once, after the page's next frame has been painted (a timer set
 * in a frame callback runs after that frame), or after `ms` at the latest: a
 * frame that is hidden or out of view gets no frame callbacks.
 */
export function afterFirstPaint(
  then: () => void,
  ms = 200,
  win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> = window,
): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  win.requestAnimationFrame(() => win.setTimeout(once, 0));
  win.setTimeout(once, ms);
}

/**
 * `?theme=` and `?heading-level=` of an embed page's URL, applied to its
 * widgets when scripts run (without scripts the page shows its defaults).
 * Values other than the allowed ones are ignored.
 */
export function applyQuery(query: URLSearchParams, elements: Iterable<Element>): void {
  const theme = query.get('theme');
  const level = query.get('heading-level');
  for (const el of elements) {
    if (theme && /^(light|dark|auto)$/.test(theme)) el.setAttribute('theme', theme);
    if (level && /^[1-6]$/.test(level)) el.setAttribute('heading-level', level);
  }
}
