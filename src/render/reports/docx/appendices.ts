import { AlignmentType } from 'docx';
import { formatDate } from '../../../util/vi-format.js';
import { figureNotes } from '../figure-notes.js';
import type { ReportInput } from '../report-input.js';
import { areaNumbers, fill, formatValue, statusLines, targetLines, unitNote, unitStatusText } from '../report-text.js';
import { appendixHeading } from './appendix-heading.js';
import type { Block } from './block.js';
import { dataTable, type TableColumn, type TableRowContent } from './data-table.js';
import { valueCell } from './indicator-table.js';
import { LANDSCAPE_TEXT_WIDTH } from './page-setup.js';
import { caption } from './text.js';

/** The template's texts of one appendix: "Phụ lục I" and its title. */
interface AppendixTexts {
  number: string;
  title: string;
}

/**
 * An appendix on the landscape pages: its heading, then one table across the
 * page. Rows are produced as the table is written, never held all at once.
 */
function appendix(
  texts: AppendixTexts,
  newPage: boolean,
  columns: readonly TableColumn[],
  rows: Iterable<TableRowContent>,
  input: ReportInput,
): Block[] {
  return [
    ...appendixHeading(fill(texts.number, input), fill(texts.title, input), fill(input.template.appendices.attachedTo, input), newPage),
    dataTable(columns, rows, LANDSCAPE_TEXT_WIDTH),
  ];
}

/** A group row: a bold title across the whole table. */
function groupRow(text: string, columns: number): TableRowContent {
  return [{ text, bold: true, span: columns, align: 'left' }];
}

/** Phụ lục I: every indicator, overall and per unit kind, with its targets and status. */
export function indicatorsAppendix(input: ReportInput): Block[] {
  const t = input.template;
  const c = input.consolidation;
  const kinds = c.kinds;
  const columns: TableColumn[] = [
    { header: fill(t.columns.number, input), weight: 6, align: 'centre' },
    { header: fill(t.columns.indicator, input), weight: 40, align: 'left' },
    { header: fill(t.columns.unit, input), weight: 8, align: 'centre' },
    { header: fill(t.columns.all, input), weight: 13, align: 'right' },
    ...kinds.map((k): TableColumn => ({ header: k.name, weight: 12, align: 'right' })),
    { header: fill(t.columns.target, input), weight: 16, align: 'centre' },
    { header: fill(t.columns.status, input), weight: 14, align: 'centre' },
  ];
  const numbers = areaNumbers(input);
  function* rows(): Generator<TableRowContent> {
    let n = 0;
    for (const area of c.areas) {
      const indicators = c.indicators.filter((i) => i.area === area.id);
      if (indicators.length === 0) continue;
      // Numbered as in the body ("I.", "II.1."), not by the plan's own section numbers.
      yield groupRow(`${numbers.get(area.id) ?? area.code}. ${area.title}`, columns.length);
      for (const ind of indicators) {
        n++;
        yield [
          String(n),
          ind.name,
          ind.unit,
          valueCell(ind, ind.figure, input),
          ...kinds.map((k) => {
            const f = k.indicators[ind.id];
            return f ? formatValue(f.figure.value, ind, t) : '';
          }),
          ind.targets.length ? targetLines(ind, t).join('\n') : t.values.none,
          statusLines(ind, t).join('\n'),
        ];
      }
    }
  }
  // Under the table: which figures are partial and which count units outside the plan's reporters.
  const notes = figureNotes(c).map((line) => caption(line, AlignmentType.LEFT));
  return [...appendix(t.appendices.indicators, false, columns, rows(), input), ...notes];
}

/** Phụ lục II: how every expected unit reported: date, on time / late / missing / excluded. */
export function reportingAppendix(input: ReportInput): Block[] {
  const t = input.template;
  const c = input.consolidation;
  const columns: TableColumn[] = [
    { header: fill(t.columns.number, input), weight: 5, align: 'centre' },
    { header: fill(t.columns.unitName, input), weight: 36, align: 'left' },
    { header: fill(t.columns.submitted, input), weight: 12, align: 'centre' },
    { header: fill(t.columns.reportStatus, input), weight: 16, align: 'centre' },
    { header: fill(t.columns.note, input), weight: 31, align: 'left' },
  ];
  function* rows(): Generator<TableRowContent> {
    let n = 0;
    const placed = new Set<string>();
    // Units by kind, in the kinds' order; units of no kind last, without a group row.
    const groups = [
      ...c.kinds.map((k) => ({ name: k.name, units: new Set(k.units) })),
      { name: '', units: new Set(c.completeness.units.map((u) => u.unit)) },
    ];
    for (const group of groups) {
      const members = c.completeness.units.filter((u) => group.units.has(u.unit) && !placed.has(u.unit));
      if (members.length === 0) continue;
      if (group.name) yield groupRow(group.name, columns.length);
      for (const u of members) {
        placed.add(u.unit);
        n++;
        yield [String(n), u.name, u.submitted ? formatDate(u.submitted) : t.values.none, unitStatusText(u, t), unitNote(u)];
      }
    }
  }
  return appendix(t.appendices.reporting, true, columns, rows(), input);
}
