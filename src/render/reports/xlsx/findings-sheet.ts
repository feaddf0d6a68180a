import type { Diagnostic } from '../../../model/diagnostic.js';
import { periodOf, periodShortLabel } from '../../../consolidate/period.js';
import type { ReportInput } from '../report-input.js';
import { addTableSheet, type SheetRow, type WorkbookWriter } from './sheet-table.js';

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/** The unit a submission file belongs to (files are named after the unit's code). */
function unitOfFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** Where in the unit's own file: a cell of its form, or a line of its YAML. */
function place(d: Pick<Diagnostic, 'line' | 'column' | 'cell'>): string | null {
  if (d.cell) return `ô ${d.cell}`;
  if (d.line !== null) return d.column !== null ? `dòng ${d.line}, cột ${d.column}` : `dòng ${d.line}`;
  return null;
}

/**
 * "Kiểm tra số liệu": what validation found in the submissions, and what the
 * consolidation noted about the figures (missing quarters, mismatches), in
 * the reader's words: the unit, the period, the message and where in the
 * unit's file. Rule codes, file paths and data paths are on the technical sheet.
 */
export async function addFindingsSheet(wb: WorkbookWriter, input: ReportInput, name: string): Promise<void> {
  await addTableSheet(wb, name, {
    title: 'KẾT QUẢ KIỂM TRA SỐ LIỆU',
    subtitle: `${input.body.shortName} — ${input.consolidation.period.label}`,
    columns: [
      { header: 'Nguồn', width: 11 },
      { header: 'Mức độ', width: 11 },
      { header: 'Cơ quan, đơn vị', width: 28, wrap: true },
      { header: 'Kỳ', width: 13 },
      { header: 'Nội dung', width: 70, wrap: true },
      { header: 'Vị trí trong báo cáo của đơn vị', width: 18, wrap: true },
    ],
    rows: findings(input),
    frozenColumns: 0,
  });
}

/** Messages name an indicator by its name and, in parentheses, its id: the id is the technical sheet's. */
function withoutIds(ids: readonly string[]): (message: string) => string {
  const known = new Set(ids);
  return (message) => message.replace(/ \(([a-z0-9]+(?:-[a-z0-9]+)*)\)/g, (whole, id: string) => (known.has(id) ? '' : whole));
}

function* findings(input: ReportInput): Generator<SheetRow> {
  const c = input.consolidation;
  const reader = withoutIds(c.indicators.map((i) => i.id));
  const unitName = new Map(c.completeness.units.map((u) => [u.unit, u.name]));
  const periodText = (id: string | null) => {
    if (id === null) return null;
    try {
      return periodShortLabel(periodOf(id), c.lang);
    } catch {
      return id;
    }
  };
  for (const d of input.diagnostics) {
    const period = /(?:^|\/)submissions\/([^/]+)\//.exec(d.file)?.[1] ?? null;
    yield ['Kiểm tra', SEVERITY[d.severity], unitName.get(unitOfFile(d.file)) ?? null, periodText(period), reader(d.message), place(d)];
  }
  for (const n of c.notes) {
    yield ['Tổng hợp', SEVERITY[n.severity], n.unit === null ? null : (unitName.get(n.unit) ?? null), periodText(n.period), reader(n.message), null];
  }
}
