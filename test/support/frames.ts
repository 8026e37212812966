// Pages opened in iframes by the tests (fixture pages, embed pages, host
// pages), removed after each test, and the probe those pages carry
// (test/fixtures/probe.js): console errors, CSP violations, data events.
import { chunkKind } from './chunk-kind.mjs';

export interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  events: { type: string; tag: string; code?: string }[];
}

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
