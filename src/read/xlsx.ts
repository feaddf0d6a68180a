import type { Position } from '../model/diagnostic.js';
import type { DataPath, Locator } from '../model/submission.js';
import { toPointer } from '../model/submission.js';
import { xlsxMessages, type XlsxMessageKey } from '../i18n/xlsx.js';
import type { ReadProblem, ReadResult } from './types.js';
import { DEFAULT_XLSX_LIMITS, guardWorkbook, type XlsxLimits } from './xlsx/guard.js';
import type { CellPlace, FormReading, WorkbookProblem } from './xlsx/form-reader.js';
import { unreadableWorkbook } from './xlsx/unreadable-workbook.js';
import { readWorkbookIsolated } from './xlsx/isolate.js';

/** Answers "which cell holds this data path?": the value's cell, or its label's for `key`. */
export class XlsxLocator implements Locator {
  private readonly places: ReadonlyMap<string, CellPlace>;

  constructor(places: Iterable<[string, CellPlace]>) {
    this.places = new Map(places);
  }

  locate(path: DataPath, target: 'key' | 'value' = 'value'): Position {
    for (let n = path.length; n >= 0; n--) {
      const place = this.places.get(toPointer(path.slice(0, n)));
      if (place) return { line: null, column: null, cell: target === 'key' ? place.label : place.value };
    }
    return { line: null, column: null, cell: null };
  }
}

function render(p: WorkbookProblem): ReadProblem {
  const params = { ...p.params };
  if (p.code === 'xlsx-not-a-workbook') {
    const what = `what.${String(params['what'] ?? 'other')}`;
    params['what'] = xlsxMessages.t((xlsxMessages.keys() as string[]).includes(what) ? (what as XlsxMessageKey) : 'what.other');
  }
  const key = (xlsxMessages.keys() as string[]).includes(p.code) ? (p.code as XlsxMessageKey) : 'xlsx-unreadable';
  return {
    severity: p.severity,
    code: p.code,
    params,
    message: xlsxMessages.t(key, key === 'xlsx-unreadable' && !params['detail'] ? { detail: p.code } : params),
    line: null,
    column: null,
    cell: p.cell,
    path: p.path,
  };
}

/** Limits, with the time budget overridable for tests and slow machines (CCHC_XLSX_TIMEOUT_MS). */
export function xlsxLimits(): XlsxLimits {
  const ms = Number(process.env['CCHC_XLSX_TIMEOUT_MS']);
  return Number.isFinite(ms) && ms > 0 ? { ...DEFAULT_XLSX_LIMITS, timeBudgetMs: ms } : DEFAULT_XLSX_LIMITS;
}

/** Turns a form reading into what every reader returns. */
export function toReadResult(reading: FormReading): ReadResult {
  const result: ReadResult = { data: reading.data, locator: new XlsxLocator(reading.places), problems: reading.problems.map(render) };
  if (reading.origin) result.form = reading.origin;
  if (reading.labels?.length) result.formLabels = reading.labels;
  return result;
}

/**
 * Reads an .xlsx submission made from a cchc form: the same raw data a YAML
 * submission gives, a locator answering with "Sheet!A1" cells, and the read
 * problems. exceljs is loaded only here, inside the reader's worker thread.
 */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const limits = xlsxLimits();
  // The cheap checks first, so a renamed or broken file never costs a worker.
  const guard = await guardWorkbook(bytes, limits);
  if (!guard.ok) {
    return toReadResult(unreadableWorkbook(guard.problem.code, guard.problem.params));
  }
  return toReadResult(await readWorkbookIsolated(bytes, limits));
}
