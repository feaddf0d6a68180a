import type { ReportInput } from '../report-input.js';
import { fill } from '../report-text.js';
import {
  difficultiesByArea,
  nextTasksByArea,
  proposalsByArea,
  shortcomingsText,
  strengthsText,
  type AreaText,
} from '../synthesis/assessment-text.js';
import type { Block } from './block.js';
import { bodyParagraph, subHeading } from './text.js';

/** Paragraphs under their area's name (in italics). */
function byArea(list: readonly AreaText[]): Block[] {
  return list.flatMap((a) => [bodyParagraph(`${a.area}:`, { italics: true }), ...a.paragraphs.map((p) => bodyParagraph(p))]);
}

/** III. Overall assessment: 1. strengths, 2. shortcomings and their causes. */
export function assessmentContent(input: ReportInput): Block[] {
  const t = input.template;
  return [
    subHeading(`1. ${fill(t.headings.strengths, input)}`),
    ...strengthsText(input).map((p) => bodyParagraph(p)),
    subHeading(`2. ${fill(t.headings.shortcomings, input)}`),
    ...shortcomingsText(input).map((p) => bodyParagraph(p)),
    ...byArea(difficultiesByArea(input)),
  ];
}

/** IV. Next tasks, by area. */
export function nextTasksContent(input: ReportInput): Block[] {
  const list = nextTasksByArea(input);
  return list.length ? byArea(list) : [bodyParagraph(fill(input.template.phrases.noNextTasks, input))];
}

/** V. Proposals to the level above, by area. */
export function proposalsContent(input: ReportInput): Block[] {
  const list = proposalsByArea(input);
  return list.length ? byArea(list) : [bodyParagraph(fill(input.template.phrases.noProposals, input))];
}
