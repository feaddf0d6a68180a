import { Writable } from 'node:stream';
import { documentText } from '../../xml-safe.js';
import type { ReportInput } from '../report-input.js';
import { areaNumbers } from '../report-text.js';
import { areaSheetTitle } from './area-names.js';
import { addAreaSheet } from './area-sheets.js';
import { addContentsSheet, type SheetEntry } from './contents-sheet.js';
import { addFindingsSheet } from './findings-sheet.js';
import { addReportingSheet } from './reporting-sheet.js';
import { sheetName, type WorkbookWriter } from './sheet-table.js';
import { addSummarySheet } from './summary-sheet.js';
import { addNarrativesSheet, addTaskLeadsSheet, addTasksSheet } from './tasks-narratives-sheets.js';
import { addTechnicalSheet } from './technical-sheet.js';
import { addUnitsSheet, indicatorGroups } from './units-sheet.js';

/** A sheet to write: its name, what it holds, and how to write it. */
interface PlannedSheet extends SheetEntry {
  write: (wb: WorkbookWriter, name: string) => Promise<void>;
}

/**
 * The sheets in order, named before any is written (the first sheet lists
 * them): summary; per area, its sheet, its units' figures (split so that each
 * prints one page wide) and its units' texts; tasks; reporting status;
 * findings; the technical sheet last.
 */
function plannedSheets(input: ReportInput, taken: Set<string>): PlannedSheet[] {
  const c = input.consolidation;
  const numbers = areaNumbers(input);
  const sheets: PlannedSheet[] = [];
  const add = (wanted: string, about: string, write: PlannedSheet['write']) => sheets.push({ name: sheetName(wanted, taken), about, write });
  add('Tổng hợp', 'Mọi chỉ tiêu của toàn bộ đơn vị: kết quả, tử số, mẫu số của tỷ lệ, so sánh, mục tiêu và đánh giá (tô màu).', (wb, name) =>
    addSummarySheet(wb, input, name),
  );
  for (const area of c.areas) {
    const number = numbers.get(area.id) ?? area.code;
    const title = areaSheetTitle(area, numbers);
    add(title, `${number}. ${area.title}: từng chỉ tiêu theo khối đơn vị, mỗi mục tiêu một dòng (cấp áp dụng, mức, giá trị đánh giá, đánh giá).`, (wb, name) =>
      addAreaSheet(wb, input, area, number, name),
    );
    const indicators = c.indicators.filter((i) => i.area === area.id);
    const groups = indicatorGroups(indicators);
    groups.forEach((group, i) => {
      // Beside the area's own sheet: "II.2. Đơn vị", or "II.2. Đơn vị 1", "II.2. Đơn vị 2" when its indicators are split.
      const part = groups.length > 1 ? ` ${i + 1}` : '';
      const of = groups.length > 1 ? ` (phần ${i + 1}/${groups.length})` : '';
      add(
        `${number}. Đơn vị${part}`,
        `${number}. ${area.title}${of}: số liệu của từng cơ quan, đơn vị, ` +
          (group.length === 1 ? `chỉ tiêu "${group[0]!.name}".` : `${group.length} chỉ tiêu, từ "${group[0]!.name}" đến "${group.at(-1)!.name}".`),
        (wb, name) => addUnitsSheet(wb, input, group, `SỐ LIỆU CỦA TỪNG CƠ QUAN, ĐƠN VỊ — ${number}. ${area.title.toUpperCase()}${of}`, name),
      );
    });
    const narratives = c.narratives.find((n) => n.area === area.id);
    if (narratives && narratives.entries.length > 0) {
      add(`${number}. Nội dung`, `${number}. ${area.title}: nội dung từng cơ quan, đơn vị báo cáo (kết quả, tồn tại, nhiệm vụ kỳ tới, đề xuất), đơn vị chủ trì trước.`, (wb, name) =>
        addNarrativesSheet(wb, input, narratives, number, name),
      );
    }
  }
  add('Nhiệm vụ', 'Các nhiệm vụ của Kế hoạch (chủ trì, phối hợp, thời gian, sản phẩm): số đơn vị hoàn thành, đang thực hiện, chưa triển khai, chưa báo cáo, quá hạn.', (wb, name) =>
    addTasksSheet(wb, input, name),
  );
  if (c.taskLeads.length > 0) {
    add('Nhiệm vụ theo chủ trì', 'Từng cơ quan chủ trì: số nhiệm vụ hoàn thành, đang thực hiện, chưa triển khai, quá hạn.', (wb, name) =>
      addTaskLeadsSheet(wb, input, name),
    );
  }
  add('Tình hình báo cáo', 'Từng cơ quan, đơn vị: đã gửi, đúng hạn, trễ hạn, thiếu kỳ, chưa gửi, có lỗi; ngày gửi, số ngày chậm.', (wb, name) =>
    addReportingSheet(wb, input, name),
  );
  add('Kiểm tra số liệu', 'Lỗi, cảnh báo khi kiểm tra báo cáo của đơn vị và ghi chú khi tổng hợp số liệu.', (wb, name) => addFindingsSheet(wb, input, name));
  add('Mã tra cứu', 'Dành cho cán bộ kỹ thuật: mã lĩnh vực, chỉ tiêu, nhiệm vụ, đơn vị; tệp, vị trí, mã quy tắc của từng kết quả kiểm tra.', (wb, name) =>
    addTechnicalSheet(wb, input, name),
  );
  return sheets;
}

/**
 * The workbook behind the report, for its reader: a contents sheet, the
 * summary, per area its sheet and its units' figures, tasks, the units'
 * texts, reporting status, findings, and the identifiers on a technical sheet
 * at the end.
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
  const contents = sheetName('Mục lục', taken);
  const sheets = plannedSheets(input, taken);
  await addContentsSheet(wb, input, contents, sheets);
  for (const sheet of sheets) await sheet.write(wb, sheet.name);
  await wb.commit();
  return Buffer.concat(chunks);
}
