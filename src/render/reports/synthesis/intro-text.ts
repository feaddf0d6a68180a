/**
 * The opening of the report: the documents it answers to (the body's plan,
 * its plan for the year, the request of the level above), the data window of
 * the period, what the figures were compiled from, and where the appendices
 * give the detail.
 */
import type { RequestRef } from '../../../repo/model.js';
import { formatDate, formatPercent } from '../../../util/vi-format.js';
import type { ReportInput } from '../report-input.js';
import { fill, formatCount } from '../report-text.js';
import type { AppendixId } from '../template/template-spec.js';
import { inSentence } from './words.js';

/** The plan's title as a subject after "về": "Kế hoạch thực hiện …" → "thực hiện …". */
function planSubject(title: string): string {
  return inSentence(title.replace(/^\s*kế hoạch\s+/iu, ''));
}

function appliesTo(request: RequestRef, period: string): boolean {
  return request.periods === undefined || request.periods.map(String).includes(period);
}

/** The documents of the basis, each in the template's words. */
export function basisDocuments(input: ReportInput): string[] {
  const b = input.template.basis;
  const c = input.consolidation;
  const body = input.body.shortName;
  const out: string[] = [];
  const plan = input.basis.plan;
  out.push(
    plan
      ? fill(b.plan, input, {
          number: plan.number,
          date: formatDate(plan.date),
          issuer: plan.issuer ?? body,
          subject: plan.subject ?? planSubject(c.plan.title),
        })
      : fill(b.planUnnumbered, input),
  );
  const annual = input.basis.annualPlans?.[String(c.period.year)];
  if (annual) {
    out.push(
      fill(b.annualPlan, input, {
        number: annual.number,
        date: formatDate(annual.date),
        issuer: annual.issuer ?? body,
        subject: annual.subject ?? fill(b.annualPlanSubject, input),
      }),
    );
  }
  for (const r of input.basis.requests ?? []) {
    if (!appliesTo(r, c.period.id)) continue;
    out.push(
      fill(b.request, input, {
        document: r.document,
        number: r.number,
        date: formatDate(r.date),
        issuer: r.issuer,
        subject: r.subject ? ` ${r.subject}` : '',
      }),
    );
  }
  return out;
}

/** The introduction: basis, body, period and data window. */
export function introText(input: ReportInput): string {
  const c = input.consolidation;
  return fill(input.template.intro, input, {
    basis: fill(input.template.basis.lead, input, { documents: basisDocuments(input).join('; ') }),
    window: fill(input.template.window, input, { from: formatDate(c.period.window.from), to: formatDate(c.period.window.to) }),
  });
}

/** What the figures were compiled from: units that reported, on time and late. */
export function reportingText(input: ReportInput): string {
  const c = input.consolidation.completeness;
  const rate = (v: number | null) => (v === null ? input.template.values.none : formatPercent(v));
  return fill(input.template.phrases.reporting, input, {
    expected: formatCount(c.expected),
    submitted: formatCount(c.submitted),
    onTime: formatCount(c.onTime),
    late: formatCount(c.late),
    missing: formatCount(c.missing),
    partial: formatCount(c.partial),
    invalid: formatCount(c.invalid),
    reportingRate: rate(c.reportingRate),
    onTimeRate: rate(c.onTimeRate),
  });
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "Phụ lục II": the template's words with the Roman number of the appendix at `index` (0-based). */
export function appendixNumber(input: ReportInput, index: number): string {
  return fill(input.template.appendices.number, input, { number: ROMAN[index] ?? String(index + 1) });
}

/** "Chi tiết … tại Phụ lục I, … tại Phụ lục II … kèm theo báo cáo này." for the appendices the report carries. */
export function appendixPointersText(input: ReportInput, appendices: readonly AppendixId[]): string {
  if (appendices.length === 0) return '';
  const a = input.template.appendices;
  const list = appendices.map((id, i) => fill(a[id].pointer, input, { number: appendixNumber(input, i) }));
  return fill(input.template.phrases.appendixPointers, input, { list: list.join(', ') });
}
