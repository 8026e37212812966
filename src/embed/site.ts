/**
 * The site script (dist/embed.js): added once to a site's template, it sizes
 * every cooperation-widgets frame on the page to its content. It trusts only
 * messages whose `event.source` is one of those frames (an `<iframe>` whose
 * `src` is an embed page of the same site: in this version's folder or a
 * sibling, another version's or `latest/`, so frames pasted before an upgrade
 * keep fitting) and whose `event.origin` is that page's (a frame navigated
 * elsewhere keeps its `src`), asks each frame for its height when it finds it
 * (the frames may have reported before this script came), and keeps watching
 * for frames added later. It works the same in a CMS preview's `srcdoc` or
 * `about:blank` document, sandboxed or not.
 */
import { HEIGHT, HELLO, MAX_HEIGHT } from './protocol.js';

/** The folder that holds this version's folder and its siblings (`…/cooperation-widgets/` above `0.1.0/`). */
const site = new URL('../', import.meta.url).href;
const isOurs = (node: Element): node is HTMLIFrameElement =>
  node instanceof HTMLIFrameElement && node.src.startsWith(site) && /^[\w.-]+\/embed\//.test(node.src.slice(site.length));
const frames = () => [...document.querySelectorAll('iframe')].filter(isOurs);

/**
 * The origins a frame's messages may come from: its embed page's; only "null" when the frame runs
 * sandboxed without allow-same-origin; and either when this document's own origin is opaque, since
 * its frames then inherit its sandbox (a sandboxed CMS preview: "null") or do not (a page opened from
 * a file or a data: URL: the embed page's). `self.origin`, not `location.origin`: a `srcdoc` or
 * `about:blank` document has the origin of the page that made it, whatever its URL says.
 */
const originsOf = (frame: HTMLIFrameElement) =>
  frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin')
    ? ['null']
    : [new URL(frame.src).origin, ...(self.origin === 'null' ? ['null'] : [])];

// Nothing secret in a hello: '*', since a sandboxed frame's origin cannot be named.
const hello = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage({ type: HELLO }, '*');
const watched = new WeakSet<HTMLIFrameElement>();
function watch(frame: HTMLIFrameElement) {
  if (watched.has(frame)) return;
  watched.add(frame);
  frame.addEventListener('load', () => hello(frame));
  hello(frame);
}

addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== HEIGHT || typeof data.height !== 'number' || !(data.height > 0)) return;
  const frame = frames().find((f) => f.contentWindow === event.source && originsOf(f).includes(event.origin));
  if (!frame) return;
  // Through the CSSOM, which a strict style-src allows (a style attribute in markup it would not).
  frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`;
});

frames().forEach(watch);
new MutationObserver((records) => {
  if (records.some((r) => r.addedNodes.length)) frames().forEach(watch);
}).observe(document.documentElement, { childList: true, subtree: true });
