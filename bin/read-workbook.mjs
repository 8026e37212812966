// The child process in which `cooperation-widgets import` reads a workbook (bin/cooperation-widgets.mjs):
// a file built to take all the memory or all the time stops here, with a message, not the command.
// SheetJS writes notes on what it reads (an ODS number format it cannot render) to the console: the
// command's output is its own messages, each at its cell.
console.error = console.warn = console.log = () => {};
process.once('message', async ({ module, inputs, lang }) => {
  const { readWorkbook } = await import(module);
  process.send(readWorkbook(inputs, lang));
});
