import type { FormReading } from './form-reader.js';

/** The reading of a workbook that could not be read at all: one problem about the whole file. */
export function unreadableWorkbook(code: string, params: Record<string, string | number> = {}): FormReading {
  return { data: undefined, places: [], problems: [{ severity: 'error', code, params, cell: null, path: '' }], origin: null };
}
