/**
 * The data editor's files read in a worker of their own (reader-worker.ts), ended after
 * READ_SECONDS or when a new reading starts: a file built to take all the time or memory stops
 * there, with a message in the page's language, and the page stays usable.
 */
import type { Language as Lang } from '../data/schema.js';
import { EDITOR_TEXTS } from './messages.js';
import type { ReadResult } from './read.js';

/** How long a reading may take (a workbook of the data a widget reads is read in a second or two). */
const READ_SECONDS = 60;

/** The reading under way, if any: a new one ends it. */
let reading: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

export function readInWorker(files: readonly File[], lang: Lang): Promise<ReadResult> {
  if (reading) {
    clearTimeout(reading.timer);
    reading.worker.terminate();
  }
  const t = EDITOR_TEXTS[lang];
  const failed = (message: string): ReadResult => ({ valid: false, issues: [{ where: files.map((f) => f.name).join(', '), message }] });
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./reader-worker.js', import.meta.url), { type: 'module' });
    const done = (result: ReadResult) => {
      clearTimeout(timer);
      worker.terminate();
      if (reading?.worker === worker) reading = undefined;
      resolve(result);
    };
    const timer = setTimeout(() => done(failed(t.tooSlow(READ_SECONDS))), READ_SECONDS * 1000);
    reading = { worker, timer };
    worker.addEventListener('message', (e: MessageEvent<ReadResult | { failed: true }>) => done('failed' in e.data ? failed(t.failed) : e.data));
    // A worker that runs out of memory, or cannot start, ends with an error event.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      done(failed(t.failed));
    });
    worker.postMessage({ files: [...files], lang });
  });
}
