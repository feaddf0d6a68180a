import type { ReportInput } from '../report-input.js';
import { fill, formatCount, unitInSentence } from '../report-text.js';

/** Tasks named as lagging in one area, most units not started first. */
const LAGGING_NAMED = 2;

/**
 * Where the area's plan tasks stand across units: how many tasks are done
 * everywhere, under way, not started, not reported; then the tasks some units
 * have not started, with how many of those expected and who. Empty when the
 * area has no task for the period's units.
 */
export function taskSentences(input: ReportInput, areaId: string): string[] {
  const p = input.consolidation.taskProgress.find((x) => x.area === areaId);
  if (!p || p.tasks === 0) return [];
  const t = input.template.phrases;
  const parts = (
    [
      [t.taskDone, p.done],
      [t.taskInProgress, p.inProgress],
      [t.taskNotStarted, p.notStarted],
      [t.taskUnreported, p.unreported],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([text, count]) => fill(text, input, { count: formatCount(count) }));
  const out = [fill(t.tasks, input, { count: formatCount(p.tasks), parts: parts.join(', ') })];
  for (const lag of p.lagging.slice(0, LAGGING_NAMED)) {
    const names = lag.units.map(unitInSentence).join(', ');
    const rest = lag.notStarted - lag.units.length;
    out.push(
      fill(t.taskLagging, input, {
        task: lag.title,
        notStarted: formatCount(lag.notStarted),
        expected: formatCount(lag.expected),
        units: rest > 0 ? `${names} ${fill(t.others, input, { count: formatCount(rest) })}` : names,
      }),
    );
  }
  return [out.join(' ')];
}
