// The worker thread in which `cooperation-widgets import` reads a workbook (bin/cooperation-widgets.mjs):
// a file built to take all the memory or all the time stops there, with a message, not the command.
import { parentPort, workerData } from 'node:worker_threads';

const { readWorkbook } = await import(workerData.module);
parentPort.postMessage(readWorkbook(workerData.inputs));
