/**
 * The lead department's own words in the body. The lead writes its area's
 * text for the whole body ("UBND huyện ban hành …"); the other units' texts
 * stay in the workbook (and the detailed annex when asked for).
 */
import { comparePeriods, periodOf } from '../../../consolidate/period.js';
import type { NarrativeEntry } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { paragraphsOf, sentencesOf } from '../report-text.js';

export type LeadField = 'results' | 'nextTasks';

/** The lead units' entries of an area with text in `field`, oldest period first. */
function leadEntries(input: ReportInput, areaId: string, field: LeadField): NarrativeEntry[] {
  const area = input.consolidation.narratives.find((n) => n.area === areaId);
  return (area?.entries ?? [])
    .filter((e) => e.lead && (e[field] ?? '').trim() !== '')
    .sort((a, b) => comparePeriods(periodOf(a.period), periodOf(b.period)));
}

const hasFigure = (sentence: string) => /\d/.test(sentence);

/** Whether a sentence writes one of the figures (as written: "15.721", "44,4%") the body already states. */
function repeats(sentence: string, stated: ReadonlySet<string>): boolean {
  for (const figure of stated) {
    // Small numbers ("05", "3") and "100%" are too common to tell one fact from another; a decimal
    // ("1,3%"), a ratio ("01/75") or a count with its unit ("01 văn bản") is not.
    const digits = figure.replace(/\D/g, '');
    const distinct = /[,/]|\d \p{L}/u.test(figure) ? digits !== '100' : digits.length >= 3 && digits !== '100';
    if (!distinct) continue;
    const at = sentence.indexOf(figure);
    if (at < 0) continue;
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(at + figure.length);
    if (!/[\d.,]/.test(before) && !/\d/.test(after) && !(after === ',' && /\d/.test(sentence.charAt(at + figure.length + 1)))) return true;
  }
  return false;
}

/**
 * What the area's lead wrote about its results, as paragraphs. A text of the
 * report's own period is kept, less any sentence that repeats a figure the
 * body states from the consolidation. Texts of shorter periods a half year or
 * a year is built from keep only their sentences without figures, each once:
 * a quarter's numbers must never read as the whole period's.
 */
export function leadResults(input: ReportInput, areaId: string, stated: ReadonlySet<string>): string[] {
  const own = input.consolidation.period.id;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of leadEntries(input, areaId, 'results')) {
    for (const paragraph of paragraphsOf(e.results!)) {
      const kept = sentencesOf(paragraph).filter((s) => {
        if (seen.has(s)) return false;
        seen.add(s);
        return e.period === own ? !repeats(s, stated) : !hasFigure(s);
      });
      if (kept.length) out.push(kept.join(' '));
    }
  }
  return out;
}

/** The next tasks the area's lead set, from the latest period that has any. */
export function leadNextTasks(input: ReportInput, areaId: string): string[] {
  const entries = leadEntries(input, areaId, 'nextTasks');
  const latest = entries[entries.length - 1];
  if (!latest) return [];
  return entries.filter((e) => e.period === latest.period).flatMap((e) => paragraphsOf(e.nextTasks!));
}
