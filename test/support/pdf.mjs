// Reading a printed PDF (test/node/print.test.mjs): its pages' sizes, text and link annotations with
// pdfjs-dist in Node, and its pixels with pdfjs-dist's browser build in a Chromium page.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page: `{ width, height }` in points, its `text` (pdfjs's text items joined) and the URLs of its link annotations. */
export async function readPdf(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const { items } = await page.getTextContent();
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link').map((a) => a.url ?? a.unsafeUrl).filter(Boolean);
    pages.push({ width: x1 - x0, height: y1 - y0, text: items.map((item) => item.str ?? '').join(''), links });
  }
  await doc.destroy();
  return pages;
}

/**
 * Renders each page of the PDF with pdfjs-dist's browser build in `page` (a Chromium page on a server
 * that serves pdfjs-dist/build/pdf.min.mjs and pdf.worker.min.mjs at /__print/pdfjs/), at 1 px per point on white, and counts its dark areas:
 * squares of `cell` points (anywhere on the page, 2 points apart) of which nine pixels in ten are darker
 * than `luminance` (0–255). Text, lines and the timeline's 12-point markers never fill such a square; a
 * dark background does, down to a band of 16 points. Returns, per page, `{ darkCells, darkShare }` (the
 * number of such squares and the share of dark pixels) and, with `png`, the page as a data URL.
 */
export function darkAreas(page, bytes, { cell = 16, luminance = 96, png = false } = {}) {
  return page.evaluate(
    async (base64, cell, luminance, png) => {
      const pdfjs = await import('/__print/pdfjs/pdf.min.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc = '/__print/pdfjs/pdf.worker.min.mjs';
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data }).promise;
      const out = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const pdfPage = await doc.getPage(n);
        const viewport = pdfPage.getViewport({ scale: 1 });
        const canvas = document.createElement('canvas');
        const [w, h] = [Math.floor(viewport.width), Math.floor(viewport.height)];
        Object.assign(canvas, { width: w, height: h });
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, w, h);
        await pdfPage.render({ canvasContext: ctx, viewport }).promise;
        const px = ctx.getImageData(0, 0, w, h).data;
        // Dark pixels, and their sums over the rectangle above and left of each point (an integral image).
        const sum = new Uint32Array((w + 1) * (h + 1));
        let dark = 0;
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            const d = 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2] < luminance ? 1 : 0;
            dark += d;
            sum[(y + 1) * (w + 1) + x + 1] = d + sum[y * (w + 1) + x + 1] + sum[(y + 1) * (w + 1) + x] - sum[y * (w + 1) + x];
          }
        }
        // Every square of `cell` points, 2 points apart: a dark band as low as a line of text is found.
        let darkCells = 0;
        const at = (x, y) => sum[y * (w + 1) + x];
        for (let y = 0; y + cell <= h; y += 2) {
          for (let x = 0; x + cell <= w; x += 2) {
            if (at(x + cell, y + cell) - at(x, y + cell) - at(x + cell, y) + at(x, y) >= 0.9 * cell * cell) darkCells++;
          }
        }
        out.push({ darkCells, darkShare: dark / (w * h), ...(png ? { png: canvas.toDataURL('image/png') } : {}) });
      }
      await doc.destroy();
      return out;
    },
    Buffer.from(bytes).toString('base64'),
    cell,
    luminance,
    png,
  );
}
