import { periodOf, periodShortLabel } from '../../../consolidate/period.js';
import type { AreaNarratives, NarrativeEntry } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { areaNumbers, paragraphsOf } from '../report-text.js';
import { formatDate } from '../../../util/vi-format.js';
import { addTableSheet, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/**
 * "Nhiệm vụ": every plan task as the plan's annex lists it (lead,
 * coordination, time, output) with how many units have done, are doing or
 * have not started it and how many are past its deadline.
 */
export async function addTasksSheet(wb: WorkbookWriter, input: ReportInput, name: string): Promise<void> {
  const c = input.consolidation;
  const numbers = areaNumbers(input);
  const names = (list: readonly { name: string }[]) => (list.length ? list.map((r) => r.name).join(', ') : null);
  const when = (x: (typeof c.tasks)[number]) => [x.schedule, x.deadline ? `hạn ${formatDate(x.deadline)}` : null].filter(Boolean).join(', ') || null;
  await addTableSheet(wb, name, {
    title: 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH',
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Lĩnh vực', width: 9, align: 'center' },
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
      numbers.get(x.area) ?? x.area,
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
    frozenColumns: 3,
  });
}

/**
 * "Nhiệm vụ theo chủ trì": per lead, the tasks it leads by where they stand;
 * the tasks named by their number (TT) on the "Nhiệm vụ" sheet.
 */
export async function addTaskLeadsSheet(wb: WorkbookWriter, input: ReportInput, name: string): Promise<void> {
  const c = input.consolidation;
  const number = new Map(c.tasks.map((x, i) => [x.id, i + 1]));
  await addTableSheet(wb, name, {
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
      { header: 'Nhiệm vụ (số TT ở trang Nhiệm vụ)', width: 40, wrap: true },
    ],
    rows: c.taskLeads.map((l, i) => [
      i + 1,
      l.name,
      l.tasks,
      l.done,
      l.inProgress,
      l.notStarted,
      l.notReported,
      l.overdue,
      l.ids.map((id) => String(number.get(id) ?? '')).filter(Boolean).join(', '),
    ]),
    frozenColumns: 2,
  });
}

/** What a unit wrote, field by field, with the words the report uses for each. */
const FIELDS: readonly { key: keyof Pick<NarrativeEntry, 'results' | 'shortcomings' | 'nextTasks' | 'proposals'>; label: string }[] = [
  { key: 'results', label: 'Kết quả đạt được' },
  { key: 'shortcomings', label: 'Tồn tại, hạn chế, nguyên nhân' },
  { key: 'nextTasks', label: 'Nhiệm vụ kỳ tới' },
  { key: 'proposals', label: 'Đề xuất, kiến nghị' },
];

/**
 * An area's "Nội dung": what each unit wrote for it, the lead unit first, in
 * the order of the periods; one row per text a unit wrote (no empty cells),
 * the text in one wide column, printed down A4 portrait pages in 11 pt. One
 * sheet per area, so that each prints in a length its reader can take.
 */
export async function addNarrativesSheet(wb: WorkbookWriter, input: ReportInput, area: AreaNarratives, number: string, name: string): Promise<void> {
  const c = input.consolidation;
  const periodText = (id: string) => periodShortLabel(periodOf(id), c.lang);
  function* rows(): Generator<SheetRow> {
    const entries = [...area.entries].sort((a, b) => Number(b.lead) - Number(a.lead));
    for (const e of entries) {
      for (const field of FIELDS) {
        const paragraphs = paragraphsOf(e[field.key] ?? '');
        if (paragraphs.length === 0) continue;
        yield [e.lead ? `${e.unitName} (chủ trì)` : e.unitName, periodText(e.period), field.label, paragraphs.join('\n')];
      }
    }
  }
  await addTableSheet(wb, name, {
    title: `NỘI DUNG CÁC CƠ QUAN, ĐƠN VỊ BÁO CÁO — ${number}. ${area.title.toUpperCase()}`,
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns: [
      { header: 'Cơ quan, đơn vị', width: 20, wrap: true },
      { header: 'Kỳ', width: 10, wrap: true },
      { header: 'Nội dung', width: 12, wrap: true },
      { header: 'Báo cáo của đơn vị', width: 60, wrap: true },
    ],
    rows: rows(),
    frozenColumns: 0,
    orientation: 'portrait',
    fontSize: 11,
  });
}
