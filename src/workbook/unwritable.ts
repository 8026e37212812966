/**
 * A text a workbook file cannot hold: longer than an xlsx cell (`long`: `size` characters), or a
 * character XML cannot hold (`character`: U+FFFE, U+FFFF or half of a surrogate pair, `size` its
 * code), which would leave a file Excel repairs and LibreOffice reads in part.
 */
export class UnwritableText extends Error {
  constructor(
    readonly kind: 'long' | 'character',
    readonly size: number,
  ) {
    super(kind === 'long' ? `a text of ${size} characters is longer than an xlsx cell holds (32767)` : `a text holds U+${size.toString(16).toUpperCase().padStart(4, '0')}, which a workbook file cannot hold`);
  }
}

/** The first character in `text` that XML, and so a workbook file, cannot hold: its code, or undefined. */
export function unwritableCharacter(text: string): number | undefined {
  const m = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  return m ? m[0].charCodeAt(0) : undefined;
}
