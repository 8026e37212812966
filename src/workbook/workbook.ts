/**
 * The workbook as a file: written as xlsx or ods (write.ts), read from xlsx, ods or CSV (read.ts).
 * The command line imports both from here; the data editor page reads in a worker, which needs
 * only read.ts.
 */
export * from './read.js';
export * from './write.js';
