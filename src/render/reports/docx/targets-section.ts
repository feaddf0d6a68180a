import type { ReportInput } from '../report-input.js';
import { areaNumbers, fill, formatJudged, formatThreshold, statusText, targetRemarks, upperFirst } from '../report-text.js';
import type { Block } from './block.js';
import type { Counters } from './counters.js';
import { dataTable, type TableRowContent } from './data-table.js';
import { bodyParagraph, caption } from './text.js';

/**
 * Every plan target with its status for the period (the annual report states
 * each target's status for the year): the plan's wording, the level, the
 * threshold for the year, the value judged and met / not met.
 */
export function targetsContent(input: ReportInput, counters: Counters): Block[] {
  const t = input.template;
  const rows: TableRowContent[] = [];
  let n = 0;
  const numbers = areaNumbers(input);
  for (const area of input.consolidation.areas) {
    const indicators = input.consolidation.indicators.filter((i) => i.area === area.id && i.targets.length > 0);
    if (indicators.length === 0) continue;
    rows.push([{ text: `${numbers.get(area.id) ?? area.code}. ${area.title}`, bold: true, span: 6, align: 'left' }]);
    for (const ind of indicators) {
      for (const target of ind.targets) {
        n++;
        const remarks = targetRemarks(target, ind, t);
        rows.push([
          String(n),
          { text: `${upperFirst(target.text)}\n(${ind.name})`, ...(remarks.length ? { note: remarks.join('\n') } : {}) },
          target.levelName ? upperFirst(target.levelName) : fill(t.columns.all, input),
          formatThreshold(target, ind, t),
          formatJudged(target, ind, t),
          statusText(target.status, t),
        ]);
      }
    }
  }
  counters.table++;
  return [
    bodyParagraph(fill(t.phrases.targetsIntro, input)),
    caption(fill(t.captions.targetsTable, input, { number: counters.table })),
    dataTable(
      [
        { header: fill(t.columns.number, input), weight: 6, align: 'centre' },
        { header: fill(t.columns.indicator, input), weight: 43, align: 'left' },
        { header: fill(t.columns.level, input), weight: 11, align: 'centre' },
        { header: fill(t.columns.target, input), weight: 15, align: 'centre' },
        { header: fill(t.columns.value, input), weight: 13, align: 'right' },
        { header: fill(t.columns.status, input), weight: 13, align: 'centre' },
      ],
      rows,
    ),
    bodyParagraph(''),
  ];
}
