// The worker thread in which `cooperation-widgets import` reads a workbook (bin/cooperation-widgets.mjs):
// a file built to take all the memory or all the time stops there, with a message, not the command.
import { parentPort, workerData } from 'node:worker_threads';

// SheetJS writes notes on what it reads (an ODS number format it cannot render) to the console: the
// command's output is its own messages, each at its cell.
console.error = console.warn = console.log = () => {};
const { readWorkbook } = await import(workerData.module);
parentPort.postMessage(readWorkbook(workerData.inputs, workerData.lang));
