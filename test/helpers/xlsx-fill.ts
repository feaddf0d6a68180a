import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { MARKERS } from '../../src/form/layout.js';

/** Opens a workbook with exceljs, as a user's spreadsheet program would. */
export async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes).buffer as ArrayBuffer);
  return wb;
}

export async function saveWorkbook(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Finds the row holding a data path (by the hidden key column) and the column of a field. */
export function locateRow(wb: Workbook, key: string, field = ''): { ws: Worksheet; row: number; col: number } {
  for (const ws of wb.worksheets) {
    const markers = ws.getRow(1);
    let keyCol = 0;
    let fieldCol = 0;
    markers.eachCell((cell, col) => {
      if (cell.value === MARKERS.key) keyCol = col;
      if (cell.value === (field ? `${MARKERS.field}:${field}` : MARKERS.field)) fieldCol = col;
    });
    if (!keyCol || !fieldCol) continue;
    for (let r = 2; r <= ws.rowCount; r++) {
      if (ws.getCell(r, keyCol).value === key) return { ws, row: r, col: fieldCol };
    }
  }
  throw new Error(`no row for ${key} (${field})`);
}

/** Types a value into the input cell of a data path, like a user. */
export function fill(wb: Workbook, key: string, value: CellValue, field = ''): string {
  const { ws, row, col } = locateRow(wb, key, field);
  const cell = ws.getCell(row, col);
  cell.value = value;
  return `${ws.name}!${cell.address}`;
}
