import type { ReportInput } from '../report-input.js';
import { paragraphsOf } from '../report-text.js';
import { formatDate } from '../../../util/vi-format.js';
import { addTableSheet, sheetName, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/**
 * "Nhiệm vụ": every plan task as the plan's annex lists it (lead,
 * coordination, time, output) with how many units have done, are doing or
 * have not started it and how many are past its deadline; then, per lead,
 * the tasks it leads by where they stand.
 */
export async function addTasksSheet(wb: WorkbookWriter, input: ReportInput, taken: Set<string>): Promise<void> {
  const c = input.consolidation;
  const code = new Map(c.areas.map((a) => [a.id, a.code]));
  const names = (list: readonly { name: string }[]) => (list.length ? list.map((r) => r.name).join(', ') : null);
  const when = (x: (typeof c.tasks)[number]) => [x.schedule, x.deadline ? `hạn ${formatDate(x.deadline)}` : null].filter(Boolean).join(', ') || null;
  await addTableSheet(wb, sheetName('Nhiệm vụ', taken), {
    title: 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH',
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Lĩnh vực', width: 9, align: 'center' },
      { header: 'Mã', width: 10 },
      { header: 'Nhiệm vụ', width: 60, wrap: true },
      { header: 'Chủ trì', width: 22, wrap: true },
      { header: 'Phối hợp', width: 22, wrap: true },
      { header: 'Thời gian', width: 16, wrap: true },
      { header: 'Sản phẩm', width: 24, wrap: true },
      { header: 'Số đơn vị thực hiện', width: 12, align: 'right', format: 'count' },
      { header: 'Hoàn thành', width: 12, align: 'right', format: 'count' },
      { header: 'Đang thực hiện', width: 12, align: 'right', format: 'count' },
      { header: 'Chưa triển khai', width: 12, align: 'right', format: 'count' },
      { header: 'Chưa báo cáo', width: 12, align: 'right', format: 'count' },
      { header: 'Quá hạn', width: 10, align: 'right', format: 'count' },
    ],
    rows: c.tasks.map((x, i) => [
      i + 1,
      code.get(x.area) ?? x.area,
      x.id,
      x.title,
      names(x.lead),
      names(x.coordinate),
      when(x),
      x.output,
      x.expected,
      x.done,
      x.inProgress,
      x.notStarted,
      x.notReported,
      x.overdue,
    ]),
    frozenColumns: 4,
  });
  if (c.taskLeads.length === 0) return;
  await addTableSheet(wb, sheetName('Nhiệm vụ theo chủ trì', taken), {
    title: 'NHIỆM VỤ CỦA KẾ HOẠCH THEO CƠ QUAN CHỦ TRÌ',
    subtitle: `${input.body.shortName} — ${c.period.label}. Nhiệm vụ hoàn thành khi mọi đơn vị báo cáo đều hoàn thành.`,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Cơ quan chủ trì', width: 34, wrap: true },
      { header: 'Số nhiệm vụ', width: 12, align: 'right', format: 'count' },
      { header: 'Hoàn thành', width: 12, align: 'right', format: 'count' },
      { header: 'Đang thực hiện', width: 12, align: 'right', format: 'count' },
      { header: 'Chưa triển khai', width: 12, align: 'right', format: 'count' },
      { header: 'Chưa báo cáo', width: 12, align: 'right', format: 'count' },
      { header: 'Quá hạn', width: 10, align: 'right', format: 'count' },
      { header: 'Nhiệm vụ', width: 40, wrap: true },
    ],
    rows: c.taskLeads.map((l, i) => [i + 1, l.name, l.tasks, l.done, l.inProgress, l.notStarted, l.notReported, l.overdue, l.ids.join(', ')]),
    frozenColumns: 2,
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
