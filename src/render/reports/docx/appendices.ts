import { AlignmentType } from 'docx';
import type { IndicatorResult } from '../../../consolidate/types.js';
import { formatDate } from '../../../util/vi-format.js';
import { figureNotes } from '../figure-notes.js';
import type { ReportInput } from '../report-input.js';
import {
  areaNumbers,
  comparisonsWithData,
  fill,
  formatThreshold,
  formatValue,
  statusLines,
  targetLines,
  unitNote,
  unitStatusText,
} from '../report-text.js';
import { yearToDateView } from '../synthesis/area-figures.js';
import { keyIndicators } from '../synthesis/key-indicators.js';
import { appendixNumber } from '../synthesis/intro-text.js';
import type { AppendixId } from '../template/template-spec.js';
import { appendixHeading } from './appendix-heading.js';
import type { Block } from './block.js';
import { dataTable, type TableCellContent, type TableColumn, type TableRowContent } from './data-table.js';
import { valueCell } from './indicator-table.js';
import { narrativesAppendixContent } from './narrative-paragraphs.js';
import { LANDSCAPE_TEXT_WIDTH, SIZE } from './page-setup.js';
import { caption } from './text.js';

/** The heading of the appendix at `index` of the report's list: "Phụ lục II", its title, what it is attached to. */
function heading(id: AppendixId, index: number, input: ReportInput): Block[] {
  const t = input.template.appendices;
  return appendixHeading(appendixNumber(input, index), fill(t[id].title, input), fill(t.attachedTo, input), index > 0);
}

/** A group row: a bold title across the whole table. */
function groupRow(text: string, columns: number): TableRowContent {
  return [{ text, bold: true, span: columns, align: 'left' }];
}

/**
 * Every indicator by area: the body-wide value (a rate with its counts), the
 * periods compared when they have data, each kind family's value, the
 * targets and met / not met. Rows are produced as the table is written.
 */
function indicatorsTable(input: ReportInput): Block[] {
  const t = input.template;
  const c = input.consolidation;
  const kinds = c.kinds;
  const compare = comparisonsWithData(input);
  const columns: TableColumn[] = [
    { header: fill(t.columns.number, input), weight: 5, align: 'centre' },
    { header: fill(t.columns.indicator, input), weight: 34, align: 'left' },
    { header: fill(t.columns.unit, input), weight: 8, align: 'centre' },
    { header: fill(t.columns.all, input), weight: 12, align: 'right' },
    ...compare.map((k): TableColumn => ({ header: fill(t.columns[k], input), weight: 10, align: 'right' })),
    ...kinds.map((k): TableColumn => ({ header: k.name, weight: 11, align: 'right' })),
    { header: fill(t.columns.target, input), weight: 15, align: 'centre' },
    { header: fill(t.columns.status, input), weight: 12, align: 'centre' },
  ];
  const numbers = areaNumbers(input);
  function* rows(): Generator<TableRowContent> {
    let n = 0;
    for (const area of c.areas) {
      const indicators = c.indicators.filter((i) => i.area === area.id);
      if (indicators.length === 0) continue;
      // Numbered as in the body ("I.", "II.1."), not by the plan's own section numbers.
      yield groupRow(`${numbers.get(area.id) ?? area.code}. ${area.title}`, columns.length);
      for (const plain of indicators) {
        n++;
        // An indicator the plan reads "trong năm": the year to date, as the body states it.
        const ytd = yearToDateView(plain, c);
        const ind = ytd ?? plain;
        yield [
          String(n),
          ytd ? `${ind.name} ${fill(t.columns.yearToDate, input)}` : ind.name,
          ind.unit,
          valueCell(ind, ind.figure, input),
          ...compare.map((k) => formatValue(ind[k].value, ind, t)),
          ...kinds.map((k) => {
            const f = ytd ? k.indicators[ind.id]?.yearToDate : k.indicators[ind.id];
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
  return [dataTable(columns, rows(), LANDSCAPE_TEXT_WIDTH), ...notes];
}

/** A key indicator's column header: its name, then its thresholds for the level. */
function keyHeader(ind: IndicatorResult, input: ReportInput, levelId: string): string {
  const targets = input.consolidation.levels.find((l) => l.id === levelId)?.indicators[ind.id]?.targets ?? [];
  const thresholds = targets.map((x) => formatThreshold(x, ind, input.template)).join('; ');
  return thresholds ? `${ind.name} (${thresholds})` : ind.name;
}

/**
 * The key indicators of each plan level, unit by unit: a row per unit of the
 * level, a column per indicator judged on that level's units in the period,
 * the level's own figure last; a value under its target in bold on grey.
 */
function keyRatesTables(input: ReportInput): Block[] {
  const t = input.template;
  const c = input.consolidation;
  const out: Block[] = [];
  for (const { level, indicators } of keyIndicators(c)) {
    const members = c.units.filter((u) => u.level === level.id);
    const columns: TableColumn[] = [
      { header: fill(t.columns.number, input), weight: 4, align: 'centre' },
      { header: fill(t.columns.unitName, input), weight: 20, align: 'left' },
      ...indicators.map((ind): TableColumn => ({ header: keyHeader(ind, input, level.id), weight: 10, align: 'right' })),
    ];
    const cell = (ind: IndicatorResult, value: number | boolean | string | null | undefined, notMet: boolean): TableCellContent => {
      const text = formatValue(value ?? null, ind, t);
      return notMet ? { text, bold: true, shaded: true } : { text };
    };
    function* rows(): Generator<TableRowContent> {
      let n = 0;
      for (const u of members) {
        n++;
        yield [String(n), u.name, ...indicators.map((ind) => cell(ind, u.values[ind.id]?.value, u.values[ind.id]?.status === 'not-met'))];
      }
      yield [
        { text: '', bold: true },
        { text: fill(t.columns.all, input), bold: true },
        ...indicators.map((ind) => {
          const f = level.indicators[ind.id];
          const c2 = cell(ind, f?.figure.value, f?.status === 'not-met');
          return { ...c2, bold: true };
        }),
      ];
    }
    out.push(
      caption(fill(t.captions.keyRatesLevel, input, { level: level.name, count: members.length })),
      dataTable(columns, rows(), LANDSCAPE_TEXT_WIDTH, { size: SIZE.tableNote + 1, headerSize: SIZE.tableNote }),
    );
  }
  if (out.length) out.push(caption(fill(t.appendices.keyRates.note, input)));
  return out;
}

/** How every expected unit reported: date, on time / late / missing / excluded. */
function reportingTable(input: ReportInput): Block {
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
  return dataTable(columns, rows(), LANDSCAPE_TEXT_WIDTH);
}

/** The content of one appendix, under its heading. */
function appendixContent(id: AppendixId, input: ReportInput): Block[] {
  switch (id) {
    case 'indicators':
      return indicatorsTable(input);
    case 'keyRates':
      return keyRatesTables(input);
    case 'reporting':
      return [reportingTable(input)];
    case 'narratives':
      return narrativesAppendixContent(input);
  }
}

/** The report's appendices on the landscape pages, in the report's order, each from a new page. */
export function appendixBlocks(input: ReportInput): Block[] {
  return input.appendices.flatMap((id, i) => [...heading(id, i, input), ...appendixContent(id, input)]);
}
