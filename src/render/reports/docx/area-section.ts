import type { AreaInfo } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { fill } from '../report-text.js';
import { areaFigures } from '../synthesis/area-figures.js';
import { leadResults } from '../synthesis/lead-text.js';
import { taskSentences } from '../synthesis/task-text.js';
import type { Block } from './block.js';
import { bodyParagraph } from './text.js';

/**
 * One area's content, written for the whole body: what its lead department
 * wrote (less what the figures say), then the area's figures, then where its
 * plan tasks stand. The units' own texts are in the workbook (and the
 * detailed annex when asked for).
 */
export function areaContent(area: AreaInfo, input: ReportInput): Block[] {
  const figures = areaFigures(area.id, input);
  const paragraphs = [...leadResults(input, area.id, figures.stated), ...figures.paragraphs, ...taskSentences(input, area.id)];
  if (paragraphs.length === 0) return [bodyParagraph(fill(input.template.phrases.noNarrative, input), { italics: true })];
  return paragraphs.map((p) => bodyParagraph(p));
}
