import type { Paragraph } from 'docx';
import type { IndicatorResult } from '../../../consolidate/types.js';
import { formatNumber, formatPercent } from '../../../util/vi-format.js';
import type { ReportInput } from '../report-input.js';
import { fill, formatJudged, formatThreshold, formatValue, listNames, type NarrativeField } from '../report-text.js';
import type { Block } from './block.js';
import { narrativeParagraphs } from './narrative-paragraphs.js';
import { bodyParagraph, subHeading } from './text.js';

/** Lower-cases the first letter unless the word is an acronym ("TTHC", "CCHC"). */
export function inSentence(name: string): string {
  const second = name.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}

function metItem(ind: IndicatorResult, input: ReportInput): string {
  return `${inSentence(ind.name)} (${formatValue(ind.figure.value, ind, input.template)})`;
}

function notMetItem(ind: IndicatorResult, input: ReportInput): string {
  const t = input.template;
  const failing = ind.targets.filter((x) => x.status === 'not-met');
  const parts = failing.map((x) => {
    const level = x.levelName && ind.targets.length > 1 ? `${x.levelName} ` : '';
    return `${level}đạt ${formatJudged(x, ind, t)}, mục tiêu ${formatThreshold(x, ind, t)}`;
  });
  return `${inSentence(ind.name)} (${parts.join('; ')})`;
}

/** The reporting sentence: how many units reported, on time and late. */
export function reportingParagraph(input: ReportInput): Paragraph {
  const c = input.consolidation.completeness;
  const rate = (v: number | null) => (v === null ? input.template.values.none : formatPercent(v));
  return bodyParagraph(
    fill(input.template.phrases.reporting, input, {
      expected: formatNumber(c.expected),
      submitted: formatNumber(c.submitted),
      onTime: formatNumber(c.onTime),
      late: formatNumber(c.late),
      missing: formatNumber(c.missing),
      partial: formatNumber(c.partial),
      invalid: formatNumber(c.invalid),
      reportingRate: rate(c.reportingRate),
      onTimeRate: rate(c.onTimeRate),
    }),
  );
}

/** For each area with text in `field`: the area's title in italics, then the compiled text. */
export function narrativeByArea(field: NarrativeField, input: ReportInput): Block[] {
  const c = input.consolidation;
  const out: Block[] = [];
  for (const area of c.areas) {
    const paragraphs = narrativeParagraphs(
      c.narratives.find((n) => n.area === area.id),
      field,
      input,
    );
    if (paragraphs.length === 0) continue;
    out.push(bodyParagraph(`${area.title}:`, { italics: true, bold: true }), ...paragraphs);
  }
  return out;
}

/** III. Overall assessment: 1. strengths, 2. shortcomings and their causes. */
export function assessmentContent(input: ReportInput): Block[] {
  const t = input.template;
  const c = input.consolidation;
  const judged = c.indicators.filter((i) => i.status === 'met' || i.status === 'not-met');
  const met = judged.filter((i) => i.status === 'met');
  const notMet = judged.filter((i) => i.status === 'not-met');
  const out: Block[] = [subHeading(`1. ${fill(t.headings.strengths, input)}`)];
  out.push(reportingParagraph(input));
  out.push(
    bodyParagraph(
      met.length
        ? fill(t.phrases.targetsMet, input, {
            met: formatNumber(met.length),
            judged: formatNumber(judged.length),
            list: met.map((i) => metItem(i, input)).join('; '),
          })
        : fill(t.phrases.noTargetsMet, input),
    ),
  );
  out.push(subHeading(`2. ${fill(t.headings.shortcomings, input)}`));
  out.push(
    bodyParagraph(
      notMet.length
        ? fill(t.phrases.targetsNotMet, input, {
            count: formatNumber(notMet.length),
            list: notMet.map((i) => notMetItem(i, input)).join('; '),
          })
        : fill(t.phrases.allTargetsMet, input),
    ),
  );
  const units = c.completeness.units;
  const byStatus = (s: string) => units.filter((u) => u.status === s).map((u) => u.name);
  const groups = [
    [t.phrases.missingUnits, byStatus('missing')],
    [t.phrases.lateUnits, byStatus('late')],
    [t.phrases.partialUnits, byStatus('partial')],
    [t.phrases.excludedUnits, byStatus('invalid')],
  ] as const;
  for (const [phrase, names] of groups) {
    if (names.length) out.push(bodyParagraph(fill(phrase, input, { count: formatNumber(names.length), list: listNames(names) })));
  }
  out.push(...narrativeByArea('shortcomings', input));
  return out;
}
