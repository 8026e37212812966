/**
 * The files a person gives the data editor, read in the browser: a workbook (xlsx, ods), CSV files
 * (one per sheet) or a JSON file, checked as `cooperation-widgets import` and `validate` check them.
 */
import type { Dataset, Language as Lang } from '../data/schema.js';
import { validateDataset } from '../data/validate.js';
import { MAX_WORKBOOK_BYTES } from '../data/limits.js';
import { readWorkbook, type SheetIssue, type TranslationReport } from '../workbook/read.js';
import { issueText } from '../workbook/issue-texts.js';
import { EDITOR_TEXTS } from './messages.js';

export type ReadResult =
  | { valid: true; data: Dataset; missing?: TranslationReport }
  | { valid: false; issues: SheetIssue[] };

const JSON_FILE = /\.json$/i;
const SHEET_FILE = /\.(xlsx|ods|csv)$/i;

export async function readFiles(files: readonly File[], lang: Lang): Promise<ReadResult> {
  const say = EDITOR_TEXTS[lang];
  const refused = (where: string, message: string): ReadResult => ({ valid: false, issues: [{ where, message }] });
  for (const file of files) {
    if (!JSON_FILE.test(file.name) && !SHEET_FILE.test(file.name)) return refused(file.name, say.notAFile(file.name));
    if (file.size > MAX_WORKBOOK_BYTES) return refused(file.name, say.tooBig(file.name, MAX_WORKBOOK_BYTES / 1e6));
  }
  const json = files.filter((f) => JSON_FILE.test(f.name));
  if (json.length && (json.length > 1 || files.length > 1)) return refused(json[0].name, say.mixed);
  if (json.length) {
    let input: unknown;
    try {
      input = JSON.parse((await json[0].text()).replace(/^\uFEFF/, ''));
    } catch {
      return refused(json[0].name, say.notJson(json[0].name));
    }
    const result = validateDataset(input);
    if (result.valid) return { valid: true, data: result.data };
    return { valid: false, issues: result.issues.map((i) => ({ where: i.path, message: issueText(i.message, lang) })) };
  }
  const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = readWorkbook(inputs, lang);
  return result.valid ? { valid: true, data: result.data, missing: result.missing } : result;
}
