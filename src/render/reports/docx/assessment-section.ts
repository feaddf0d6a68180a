import type { ReportInput } from '../report-input.js';
import { fill } from '../report-text.js';
import { nextTasksByArea, shortcomingsText, strengthsText } from '../synthesis/assessment-text.js';
import {
  bodyProposalsText,
  difficultiesByArea,
  proposalsByAddressee,
  singleDifficultiesText,
  type AreaText,
} from '../synthesis/narrative-groups-text.js';
import type { Block } from './block.js';
import { bodyParagraph, subHeading } from './text.js';

/** Paragraphs under their area's (or addressee's) name, in italics. */
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
    ...[singleDifficultiesText(input)].filter((p) => p !== null).map((p) => bodyParagraph(p)),
  ];
}

/** IV. Next tasks, by area, then the units' proposals to the body as its own business. */
export function nextTasksContent(input: ReportInput): Block[] {
  const list = nextTasksByArea(input);
  const own = bodyProposalsText(input);
  return [
    ...(list.length ? byArea(list) : [bodyParagraph(fill(input.template.phrases.noNextTasks, input))]),
    ...(own ? [bodyParagraph(own)] : []),
  ];
}

/** V. Proposals to the level above and to central bodies, by addressee. */
export function proposalsContent(input: ReportInput): Block[] {
  const list = proposalsByAddressee(input);
  return list.length ? byArea(list) : [bodyParagraph(fill(input.template.phrases.noProposals, input))];
}
