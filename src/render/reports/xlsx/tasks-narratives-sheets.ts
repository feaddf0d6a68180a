import type { ReportInput } from '../report-input.js';
import { paragraphsOf } from '../report-text.js';
import { addTableSheet, sheetName, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/** "Nhiệm vụ": every plan task with how many units have done, are doing or have not started it. */
export async function addTasksSheet(wb: WorkbookWriter, input: ReportInput, taken: Set<string>): Promise<void> {
  const c = input.consolidation;
  const code = new Map(c.areas.map((a) => [a.id, a.code]));
  await addTableSheet(wb, sheetName('Nhiệm vụ', taken), {
    title: 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH',
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Lĩnh vực', width: 9, align: 'center' },
      { header: 'Mã', width: 10 },
      { header: 'Nhiệm vụ', width: 70, wrap: true },
      { header: 'Số đơn vị thực hiện', width: 12, align: 'right', format: 'count' },
      { header: 'Hoàn thành', width: 12, align: 'right', format: 'count' },
      { header: 'Đang thực hiện', width: 12, align: 'right', format: 'count' },
      { header: 'Chưa triển khai', width: 12, align: 'right', format: 'count' },
      { header: 'Chưa báo cáo', width: 12, align: 'right', format: 'count' },
    ],
    rows: c.tasks.map((x, i) => [i + 1, code.get(x.area) ?? x.area, x.id, x.title, x.expected, x.done, x.inProgress, x.notStarted, x.notReported]),
    frozenColumns: 4,
  });
}

/** "Nội dung báo cáo": what each unit wrote for each area, the lead department first. */
export async function addNarrativesSheet(wb: WorkbookWriter, input: ReportInput, taken: Set<string>): Promise<void> {
  const c = input.consolidation;
  const text = (s: string | null) => {
    const p = paragraphsOf(s ?? '');
    return p.length ? p.join('\n') : null;
  };
  function* rows(): Generator<SheetRow> {
    for (const area of c.narratives) {
      const entries = [...area.entries].sort((a, b) => Number(b.lead) - Number(a.lead));
      for (const e of entries) {
        yield [area.code, e.unitName, e.lead ? 'Chủ trì' : null, text(e.results), text(e.shortcomings), text(e.nextTasks), text(e.proposals)];
      }
    }
  }
  await addTableSheet(wb, sheetName('Nội dung báo cáo', taken), {
    title: 'NỘI DUNG CÁC CƠ QUAN, ĐƠN VỊ BÁO CÁO',
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns: [
      { header: 'Lĩnh vực', width: 9, align: 'center' },
      { header: 'Cơ quan, đơn vị', width: 28, wrap: true },
      { header: 'Vai trò', width: 10, align: 'center' },
      { header: 'Kết quả đạt được', width: 50, wrap: true },
      { header: 'Tồn tại, hạn chế, nguyên nhân', width: 40, wrap: true },
      { header: 'Nhiệm vụ kỳ tới', width: 40, wrap: true },
      { header: 'Đề xuất, kiến nghị', width: 40, wrap: true },
    ],
    rows: rows(),
    frozenColumns: 2,
  });
}
