import type { ReportInput } from '../report-input.js';
import { addAreaSheets } from './area-sheets.js';
import { addFindingsSheet } from './findings-sheet.js';
import { addReportingSheet } from './reporting-sheet.js';
import { addSummarySheet } from './summary-sheet.js';
import { addNarrativesSheet, addTasksSheet } from './tasks-narratives-sheets.js';
import { addUnitsSheet } from './units-sheet.js';

/**
 * The workbook behind the report: summary, one sheet per area, units ×
 * indicators, tasks, narratives, reporting status and validation findings.
 * exceljs is loaded only here (it costs ~360 ms to import).
 */
export async function renderXlsx(input: ReportInput): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const [y, m, d] = input.date.split('-').map(Number) as [number, number, number];
  const stamp = new Date(Date.UTC(y, m - 1, d));
  wb.creator = input.body.shortName;
  wb.lastModifiedBy = input.body.shortName;
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = `Số liệu báo cáo CCHC ${input.consolidation.period.label}`;
  const taken = new Set<string>();
  addSummarySheet(wb, input, taken);
  addAreaSheets(wb, input, taken);
  addUnitsSheet(wb, input, taken);
  addTasksSheet(wb, input, taken);
  addNarrativesSheet(wb, input, taken);
  addReportingSheet(wb, input, taken);
  addFindingsSheet(wb, input, taken);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
