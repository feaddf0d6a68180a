import type { AreaInfo } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { fill, formatJudged, formatThreshold, statusText, targetRemarks, upperFirst } from '../report-text.js';
import { countCell, valueCell } from './indicator-cells.js';
import { addTableSheet, type SheetColumn, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/**
 * An area's sheet: each indicator overall and per unit kind, and each of its
 * targets on a row of its own (level, threshold, value judged, status, the
 * plan's words). `number` is the area's number in the Word report ("II.2").
 */
export async function addAreaSheet(wb: WorkbookWriter, input: ReportInput, area: AreaInfo, number: string, name: string): Promise<void> {
  const t = input.template;
  const c = input.consolidation;
  const columns: SheetColumn[] = [
    { header: fill(t.columns.number, input), width: 6, align: 'center' },
    { header: fill(t.columns.indicator, input), width: 55, wrap: true },
    { header: fill(t.columns.unit, input), width: 11, align: 'center' },
    { header: fill(t.columns.all, input), width: 14, align: 'right' },
    { header: 'Tử số', width: 12, align: 'right' },
    { header: 'Mẫu số', width: 12, align: 'right' },
    ...c.kinds.map((k): SheetColumn => ({ header: k.name, width: 16, align: 'right' })),
    { header: fill(t.columns.level, input), width: 14, align: 'center' },
    { header: fill(t.columns.target, input), width: 22, wrap: true },
    { header: 'Giá trị đánh giá', width: 15, align: 'right' },
    { header: fill(t.columns.status, input), width: 16, align: 'center' },
    { header: 'Câu chữ của Kế hoạch; cách hiểu, nguồn', width: 60, wrap: true },
  ];
  const rows: SheetRow[] = [];
  let n = 0;
  for (const ind of c.indicators.filter((i) => i.area === area.id)) {
    n++;
    const common = [
      n,
      ind.name,
      ind.unit,
      valueCell(ind.figure.value, ind, t),
      countCell(ind.isRate ? ind.figure.numerator : null),
      countCell(ind.isRate ? ind.figure.denominator : null),
      ...c.kinds.map((k) => valueCell(k.indicators[ind.id]?.figure.value, ind, t)),
    ];
    if (ind.targets.length === 0) {
      rows.push([...common, null, null, null, statusText(ind.status, t), null]);
      continue;
    }
    ind.targets.forEach((target, i) => {
      const lead = i === 0 ? common : common.map(() => null);
      rows.push([
        ...lead,
        target.levelName ? upperFirst(target.levelName) : fill(t.columns.all, input),
        formatThreshold(target, ind, t),
        target.share !== null ? { value: formatJudged(target, ind, t) } : valueCell(target.value, ind, t),
        statusText(target.status, t),
        [target.text, ...targetRemarks(target, ind, t)].join('\n'),
      ]);
    });
  }
  await addTableSheet(wb, name, {
    title: `${number}. ${area.title.toUpperCase()}`,
    subtitle: `${input.body.shortName} — ${fill('{period}', input)}`,
    columns,
    rows,
    frozenColumns: 2,
    statuses: { met: t.status.met, notMet: t.status['not-met'], noData: t.status['no-data'] },
    statusColumn: columns.length - 1,
  });
}
