/**
 * The data editor's reader, in a worker (page.ts starts one for each reading): a file built to take
 * all the time or memory stops here, and the page, which ends the worker after READ_SECONDS, stays
 * usable. It gets the files and the page's language, and answers with what read.ts made of them.
 */
import type { Language as Lang } from '../data/schema.js';
import { readFiles } from './read.js';

const scope = globalThis as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (e: MessageEvent) => void): void };

scope.addEventListener('message', (e: MessageEvent<{ files: File[]; lang: Lang }>) => {
  // Whatever goes wrong is an answer too: `failed` (the page says the files could not be read).
  readFiles(e.data.files, e.data.lang).then(
    (result) => scope.postMessage(result),
    () => scope.postMessage({ failed: true }),
  );
});
