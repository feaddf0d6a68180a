import { Writable } from 'node:stream';
import { documentText } from '../../xml-safe.js';
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
 *
 * Written with exceljs's streaming writer: each row is turned into XML and
 * compressed as soon as it is made, so memory stays that of a few hundred rows
 * and the compressed file, whatever the number of units. Compression is light
 * (level 1): the CLI re-zips the workbook deterministically anyway. Strings
 * are written in the cells (no shared-strings table to keep in memory).
 * exceljs is loaded only here (it costs ~360 ms to import).
 */
export async function renderXlsx(input: ReportInput): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const [y, m, d] = input.date.split('-').map(Number) as [number, number, number];
  const stamp = new Date(Date.UTC(y, m - 1, d));
  wb.creator = documentText(input.body.shortName);
  wb.lastModifiedBy = documentText(input.body.shortName);
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = documentText(`Số liệu báo cáo CCHC ${input.consolidation.period.label}`);
  const taken = new Set<string>();
  await addSummarySheet(wb, input, taken);
  await addAreaSheets(wb, input, taken);
  await addUnitsSheet(wb, input, taken);
  await addTasksSheet(wb, input, taken);
  await addNarrativesSheet(wb, input, taken);
  await addReportingSheet(wb, input, taken);
  await addFindingsSheet(wb, input, taken);
  await wb.commit();
  return Buffer.concat(chunks);
}
