import { periodOf, periodShortLabel } from '../../../consolidate/period.js';
import type { AreaNarratives } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { areaNumbers, paragraphsOf } from '../report-text.js';
import { formatDate } from '../../../util/vi-format.js';
import { addresseeLabels } from '../../../repo/addressees.js';
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

/** A unit's texts, in the words the report uses for each. */
const LABELS = {
  results: 'Kết quả đạt được',
  difficulties: 'Khó khăn, hạn chế',
  nextTasks: 'Nhiệm vụ kỳ tới',
  proposals: 'Đề xuất, kiến nghị',
} as const;

/**
 * An area's "Nội dung": what each unit wrote for it, the lead unit first, in
 * the order of the periods; one row per text a unit wrote (no empty cells):
 * results and next tasks, then each difficulty with its cause beside it and
 * each proposal with its addressee beside it, printed down A4 portrait pages
 * in 11 pt. One sheet per area, so that each prints in a length its reader can take.
 */
export async function addNarrativesSheet(wb: WorkbookWriter, input: ReportInput, area: AreaNarratives, number: string, name: string): Promise<void> {
  const c = input.consolidation;
  const periodText = (id: string) => periodShortLabel(periodOf(id), c.lang);
  const addressees = addresseeLabels(input.body);
  const text = (s: string | null) => paragraphsOf(s ?? '').join('\n');
  function* rows(): Generator<SheetRow> {
    const entries = [...area.entries].sort((a, b) => Number(b.lead) - Number(a.lead));
    for (const e of entries) {
      const unit = e.lead ? `${e.unitName} (chủ trì)` : e.unitName;
      const period = periodText(e.period);
      if (text(e.results)) yield [unit, period, LABELS.results, text(e.results), null, null];
      for (const d of e.difficulties) yield [unit, period, LABELS.difficulties, text(d.issue), d.cause ? text(d.cause) : null, null];
      if (text(e.nextTasks)) yield [unit, period, LABELS.nextTasks, text(e.nextTasks), null, null];
      for (const p of e.proposals) yield [unit, period, LABELS.proposals, text(p.text), null, p.to ? addressees[p.to] : null];
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
      { header: 'Nguyên nhân', width: 36, wrap: true },
      { header: 'Nơi nhận đề xuất', width: 16, wrap: true },
    ],
    rows: rows(),
    frozenColumns: 0,
    orientation: 'portrait',
    fontSize: 11,
  });
}
