import type { Paragraph } from 'docx';
import type { AreaInfo, TaskResult } from '../../../consolidate/types.js';
import { formatNumber } from '../../../util/vi-format.js';
import type { ReportInput } from '../report-input.js';
import { fill } from '../report-text.js';
import type { Block } from './block.js';
import type { Counters } from './counters.js';
import { indicatorTable } from './indicator-table.js';
import { narrativeParagraphs } from './narrative-paragraphs.js';
import { bodyParagraph, caption } from './text.js';

/** The task-status sentence of an area: how many unit-tasks are done, in progress, not started. */
export function tasksParagraph(tasks: readonly TaskResult[], input: ReportInput): Paragraph | null {
  if (tasks.length === 0) return null;
  const sum = (f: (t: TaskResult) => number) => tasks.reduce((a, t) => a + f(t), 0);
  const total = sum((t) => t.expected);
  if (total === 0) return null;
  return bodyParagraph(
    fill(input.template.phrases.tasks, input, {
      count: formatNumber(tasks.length),
      total: formatNumber(total),
      done: formatNumber(sum((t) => t.done)),
      inProgress: formatNumber(sum((t) => t.inProgress)),
      notStarted: formatNumber(sum((t) => t.notStarted)),
      notReported: formatNumber(sum((t) => t.notReported)),
    }),
  );
}

/**
 * One area's content: what the lead department and the units reported, the
 * task statuses, and the table of the area's indicators with its caption.
 */
export function areaContent(area: AreaInfo, input: ReportInput, counters: Counters): Block[] {
  const c = input.consolidation;
  const out: Block[] = [];
  const narrative = narrativeParagraphs(
    c.narratives.find((n) => n.area === area.id),
    'results',
    input,
  );
  out.push(...(narrative.length ? narrative : [bodyParagraph(fill(input.template.phrases.noNarrative, input), { italics: true })]));
  const tasks = tasksParagraph(
    c.tasks.filter((t) => t.area === area.id),
    input,
  );
  if (tasks) out.push(tasks);
  const indicators = c.indicators.filter((i) => i.area === area.id);
  if (indicators.length) {
    counters.table++;
    out.push(
      caption(fill(input.template.captions.areaTable, input, { number: counters.table, area: lowerFirst(area.title), code: area.code })),
      indicatorTable(indicators, input),
      bodyParagraph(''),
    );
  }
  return out;
}

/** "Cải cách thể chế" → "cải cách thể chế", for use inside a sentence. */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
