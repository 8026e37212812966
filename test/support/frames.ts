// Pages opened in iframes by the tests (fixture pages, embed pages, host
// pages), removed after each test, and the probe those pages carry
// (test/fixtures/probe.js): console errors, CSP violations, data events.
import { chunkKind } from './chunk-kind.mjs';

/** The test server under its other name (localhost ↔ 127.0.0.1): a second origin, as a CDN or a data host would be. */
export const OTHER = location.origin.includes('localhost') ? location.origin.replace('localhost', '127.0.0.1') : location.origin.replace('127.0.0.1', 'localhost');

export interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  events: { type: string; tag: string; code?: string }[];
  /** The height messages embed frames sent the page, with the frame that sent each. */
  heights: { source: MessageEventSource | null; height: number }[];
  /** Cumulative layout shift, and what shifted (Chromium only). */
  cls: number;
  shifts: string[];
  /** The time of the page's first frame callback. */
  firstFrame?: number;
}

/** What test/fixtures/probe-relay.js answers for a frame the test cannot read (another origin, or an opaque one). */
export type RelayedProbe = Omit<Probe, 'heights'> & {
  upgraded: boolean[];
  text: string[];
  lang: string[];
  state: { readyState: string; age: number };
  /** The heights embed frames reported to the page, and each of its frames' heights. */
  heights: number[];
  frames: number[];
};

export interface AxeRunner {
  run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string }[] }>;
}

/** A page with test/fixtures/probe.js (and axe) loaded. */
export type ProbedWindow = Window & { __probe: Probe; axe: AxeRunner };

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The iframe's sandbox attribute; none when left out. */
  sandbox?: string;
  /** More inline style for the iframe (e.g. to keep it in view). */
  style?: Partial<CSSStyleDeclaration>;
}

const frames: HTMLIFrameElement[] = [];
/** Removes every frame opened so far (after each test, and when a test wants a clean page). */
export const closeFrames = () => frames.splice(0).forEach((f) => f.remove());
afterEach(closeFrames);

/** Opens `src` in an iframe of the test page and resolves once it has loaded; the frame goes after the test. */
export async function openFrame(src: string, { width = 800, height = 600, sandbox, style }: FrameOptions = {}) {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, ...style });
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The kinds of the chunks a page has fetched (see chunk-kind.mjs), sorted. */
export const chunksLoaded = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => chunkKind(entry.name))
    .filter((kind) => kind !== undefined)
    .sort();

/**
 * A frame the test can post to: an iframe (of this document or of one inside it), or the window of a
 * frame it cannot reach as an element (inside a frame with an opaque origin: `frames[0]` still is).
 */
export type FrameLike = Pick<HTMLIFrameElement, 'contentWindow'> & { src?: string };

/** Asks the probe relay in `frame` what it saw: its answer, or undefined when none comes within `ms`. */
export async function askProbe(frame: FrameLike, ms = 250): Promise<RelayedProbe | undefined> {
  let listen: (e: MessageEvent) => void = () => {};
  const answer = new Promise<RelayedProbe>((resolve) => {
    listen = (e) => {
      if (e.source === frame.contentWindow && e.data?.type === 'probe!') resolve(e.data as RelayedProbe);
    };
    addEventListener('message', listen);
  });
  frame.contentWindow!.postMessage({ type: 'probe?' }, '*');
  const result = await Promise.race([answer, new Promise<undefined>((r) => setTimeout(r, ms))]);
  removeEventListener('message', listen);
  return result;
}

/**
 * Asks the probe relay in `frame` every 100 ms until its (first) widget has upgraded, for up to
 * `ms`, and returns the last answer; throws when the frame never answered. (Asking again at once
 * after each answer would spend the time in a few milliseconds of the frame's own: a frame still
 * loading its data on a busy machine would seem never to upgrade.)
 */
export async function probeUntilUpgraded(frame: FrameLike, ms: number): Promise<RelayedProbe> {
  let last: RelayedProbe | undefined;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    last = (await askProbe(frame)) ?? last;
    if (last?.upgraded[0]) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!last) throw new Error(`no answer from the probe in ${frame.src ?? 'a frame'}`);
  return last;
}

/** How a CMS fills its preview frame: `srcdoc` (TinyMCE's preview plugin), `write` (an about:blank frame written with document.write, as TinyMCE streams a dialog frame), `dom` (an about:blank frame whose nodes are inserted, as a block preview renders). */
export type PreviewFill = 'srcdoc' | 'write' | 'dom';

/** The test's probe (test/fixtures/probe.js, with its relay) and axe, for a page the test puts together. */
export const PROBE_SCRIPTS = ['/test/fixtures/probe.js', '/test/fixtures/probe-relay.js', '/node_modules/axe-core/axe.min.js']
  .map((src) => `<script src="${src}"></script>`)
  .join('');

/**
 * The document a TinyMCE preview writes around the editor's content (its preview plugin's getPreviewHtml):
 * no language, a base of the editor page, the content in the body; in its head the probe, which records
 * the embed frames' height messages from the start, and axe, so that an accessibility check of the
 * preview frame from the test page looks inside it.
 */
export const previewDocument = (content: string) =>
  `<!DOCTYPE html><html><head><base href="${location.href}"><title>Preview</title>${PROBE_SCRIPTS}</head><body id="tinymce" class="mce-content-body ">${content}</body></html>`;

/**
 * A CMS preview of `content` (in `previewDocument`), filled as `fill` says, in view (its embed frames are
 * `loading="lazy"`), resolved once its document has loaded; it goes after the test like the other frames.
 */
export async function openPreview(content: string, fill: PreviewFill, { width = 700, height = 900, sandbox }: FrameOptions = {}) {
  const frame = document.createElement('iframe');
  frame.title = 'Preview';
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, position: 'fixed', top: '0', left: '0', zIndex: '1', border: '0' });
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frames.push(frame);
  const html = previewDocument(content);
  if (fill === 'srcdoc') {
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = html;
    document.body.append(frame);
    await loaded;
    return frame;
  }
  document.body.append(frame);
  const doc = frame.contentDocument!;
  if (fill === 'write') {
    doc.open();
    doc.write(html);
    doc.close();
  } else {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    // Nodes from a fragment made in the frame's document: its scripts run when inserted (parsed nodes' would not).
    const insert = (from: Element, to: Element) => to.append(doc.createRange().createContextualFragment(from.innerHTML));
    insert(parsed.head, doc.head);
    // The page's own scripts (the probe) are there before its content, as an editor's are.
    await new Promise<void>((resolve) => {
      const check = () => ('__probe' in frame.contentWindow! ? resolve() : setTimeout(check, 10));
      check();
    });
    insert(parsed.body, doc.body);
  }
  await new Promise<void>((resolve) => {
    const check = () => (doc.readyState === 'complete' ? resolve() : setTimeout(check, 20));
    check();
  });
  return frame;
}
