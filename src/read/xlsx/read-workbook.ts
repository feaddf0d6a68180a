import { DEFAULT_XLSX_LIMITS, guardWorkbook, type XlsxLimits } from './guard.js';
import { sanitizeWorkbook } from './sanitize.js';
import { readForm, type FormReading } from './form-reader.js';
import { unreadableWorkbook } from './unreadable-workbook.js';

/**
 * Reads a cchc form from the bytes of an .xlsx file: guards first (size,
 * container, zip directory), then a cleaned copy goes to exceljs (loaded
 * only now), then the form is read. Runs inside the reader's worker thread,
 * or in-process where no worker is available.
 */
export async function readWorkbook(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<FormReading> {
  const started = Date.now();
  const guard = await guardWorkbook(bytes, limits);
  if (!guard.ok) return unreadableWorkbook(guard.problem.code, guard.problem.params);
  const clean = await sanitizeWorkbook(guard.zip);
  if (!clean.ok) return unreadableWorkbook(clean.problem.code, clean.problem.params);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    // The whole buffer: the cleaned zip is allocated exactly.
    await wb.xlsx.load(clean.zip.buffer);
  } catch (err) {
    // The parser's own words, first line only: enough for the IT officer, short for the user.
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200);
    return unreadableWorkbook('xlsx-unreadable', { detail });
  }
  if (Date.now() - started > limits.timeBudgetMs) {
    return unreadableWorkbook('xlsx-timeout', { seconds: Math.ceil(limits.timeBudgetMs / 1000) });
  }
  return readForm(wb, clean.sheetNames);
}
