import type { ReportInput } from '../report-input.js';
import { unitNote, unitStatusText } from '../report-text.js';
import { addTableSheet, type SheetCell, type SheetRow, type WorkbookWriter } from './sheet-table.js';

function dateCell(iso: string | null): SheetCell {
  if (!iso) return { value: null };
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Dates are written as UTC midnight: no shift by the machine's time zone.
  return { value: new Date(Date.UTC(y, m - 1, d)), format: 'date' };
}

/** "Tình hình báo cáo": every expected unit, its status, date and delay (its files are on the technical sheet). */
export async function addReportingSheet(wb: WorkbookWriter, input: ReportInput, name: string): Promise<void> {
  const t = input.template;
  const c = input.consolidation;
  const kindName = new Map<string, string>();
  for (const k of c.kinds) for (const u of k.units) kindName.set(u, k.name);
  const comp = c.completeness;
  function* rows(): Generator<SheetRow> {
    let n = 0;
    for (const u of comp.units) {
      yield [
        ++n,
        u.name,
        kindName.get(u.unit) ?? u.kind,
        unitStatusText(u, t),
        dateCell(u.submitted),
        u.daysLate,
        u.errors,
        u.warnings,
        unitNote(u) || null,
      ];
    }
  }
  await addTableSheet(wb, name, {
    title: `TÌNH HÌNH GỬI BÁO CÁO ${c.period.label.toUpperCase()}`,
    subtitle:
      `${input.body.shortName} — phải báo cáo ${comp.expected}, đã gửi ${comp.submitted} ` +
      `(đúng hạn ${comp.onTime}, muộn ${comp.late}), chưa đủ ${comp.partial}, chưa gửi ${comp.missing}, có lỗi ${comp.invalid}; hạn gửi ${c.period.due.split('-').reverse().join('/')}`,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Cơ quan, đơn vị', width: 34, wrap: true },
      { header: 'Khối', width: 26, wrap: true },
      { header: t.columns.reportStatus, width: 22 },
      { header: t.columns.submitted, width: 13, align: 'center' },
      { header: 'Số ngày chậm', width: 10, align: 'right', format: 'count' },
      { header: 'Lỗi', width: 8, align: 'right', format: 'count' },
      { header: 'Cảnh báo', width: 10, align: 'right', format: 'count' },
      { header: t.columns.note, width: 40, wrap: true },
    ],
    rows: rows(),
    frozenColumns: 2,
  });
}
