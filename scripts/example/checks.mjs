// The plan's rules as the generator checks them before writing anything. They mirror what
// `cchc validate` says (codes included), so the example carries no finding it does not intend.

const { reportsTask } = await import(new URL('../../dist/plan/roles.js', import.meta.url).href);

/** Below this, a jump (3 → 12) is noise; the validator's value-jump rule uses the same bound. */
export const JUMP_MIN_MAGNITUDE = 20;

function flatValues(sub) {
  const out = new Map();
  for (const [area, report] of Object.entries(sub.areas)) for (const [id, value] of Object.entries(report.values ?? {})) out.set(id, { area, value });
  return out;
}

/** Findings of one submission: `{ code, pointer, detail }`. */
export function checkSubmission(sub, unit, plan) {
  const out = [];
  const add = (code, pointer, detail) => out.push({ code, pointer, detail });
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const values = flatValues(sub);
  for (const [id, { area, value }] of values) {
    const ind = indicators.get(id);
    const at = `/areas/${area}/values/${id}`;
    if (!ind || ind.area !== area) add('unknown-indicator', at, id);
    else if (ind.ratio) add('ratio-reported', at, id);
    else if (!ind.reportedBy.includes(unit.kind)) add('indicator-not-for-unit', at, id);
    else if (ind.type === 'count' && !(Number.isInteger(value) && value >= 0)) add('wrong-type', at, `${id}=${value}`);
    else if (ind.type === 'number' && !(typeof value === 'number' && value >= 0)) add('wrong-type', at, `${id}=${value}`);
    else if (ind.type === 'boolean' && typeof value !== 'boolean') add('wrong-type', at, `${id}=${value}`);
  }
  for (const [area, report] of Object.entries(sub.areas)) {
    for (const id of Object.keys(report.tasks ?? {})) {
      const task = tasks.get(id);
      if (!task || task.area !== area) add('unknown-task', `/areas/${area}/tasks/${id}`, id);
      else if (!reportsTask(plan, task, unit)) add(task.lead.length || task.reporters ? 'task-not-expected-from-unit' : 'task-not-for-unit', `/areas/${area}/tasks/${id}`, id);
    }
  }
  for (const ind of plan.indicators) {
    const part = values.get(ind.id)?.value;
    if (typeof part === 'number') {
      for (const whole of ind.notAbove ?? []) {
        const w = values.get(whole)?.value;
        if (typeof w === 'number' && part > w) add('part-exceeds-whole', `/areas/${ind.area}/values/${ind.id}`, `${ind.id} ${part} > ${whole} ${w}`);
      }
      if (ind.sumOf) {
        const parts = ind.sumOf.map((id) => values.get(id)?.value);
        if (parts.every((p) => typeof p === 'number') && parts.reduce((a, b) => a + b, 0) !== part) {
          add('parts-sum-mismatch', `/areas/${ind.area}/values/${ind.id}`, `${ind.id} ${part} ≠ ${ind.sumOf.join(' + ')}`);
        }
      }
    }
    if (ind.requiredFor?.includes(unit.kind) && !values.has(ind.id)) {
      add('missing-value', sub.areas[ind.area] ? `/areas/${ind.area}/values` : '/areas', ind.id);
    }
  }
  for (const area of plan.areas) {
    const report = sub.areas[area.id];
    const narrative = report?.narrative ?? {};
    if (unit.leads.includes(area.id)) {
      for (const field of ['results', 'difficulties', 'nextTasks']) {
        const given = Array.isArray(narrative[field]) ? narrative[field].length > 0 : Boolean(narrative[field]?.trim());
        if (!given) add('missing-lead-narrative', report ? `/areas/${area.id}` : '/areas', `${area.id}.${field}`);
      }
    } else if (report && Object.keys(report.values ?? {}).length && !narrative.results?.trim()) {
      add('missing-narrative', `/areas/${area.id}`, area.id);
    }
  }
  // Every difficulty with its cause, every proposal with its addressee (else validate gives a hint).
  for (const [area, report] of Object.entries(sub.areas)) {
    const n = report.narrative ?? {};
    if (n.shortcomings !== undefined) add('difficulties-as-text', `/areas/${area}/narrative/shortcomings`, area);
    if (typeof n.proposals === 'string') add('proposals-as-text', `/areas/${area}/narrative/proposals`, area);
    (n.difficulties ?? []).forEach((d, i) => {
      if (!d.issue?.trim() || !d.cause?.trim()) add('difficulty-without-cause', `/areas/${area}/narrative/difficulties/${i}`, `${area} ${d.issue}`);
      if (/^Nguyên nhân/i.test(d.cause ?? '')) add('cause-worded-as-label', `/areas/${area}/narrative/difficulties/${i}`, d.cause);
    });
    if (Array.isArray(n.proposals)) {
      n.proposals.forEach((p, i) => {
        if (!p.text?.trim() || !['body', 'upper', 'central'].includes(p.to)) add('proposal-without-addressee', `/areas/${area}/narrative/proposals/${i}`, `${area} ${p.text}`);
      });
    }
  }
  return out;
}

/**
 * Value jumps against the same unit's previous quarter: a count or number that changes by more
 * than `factor` either way, when the larger of the two is at least JUMP_MIN_MAGNITUDE. A part
 * (notAbove) whose whole jumped too is left out, as `cchc validate` leaves it out.
 */
export function findJumps(submissions, plan, factor) {
  const byKey = new Map(submissions.map((s) => [`${s.u.id}|${s.q}`, s.sub]));
  const out = [];
  for (const { u, q, sub } of submissions) {
    const prev = byKey.get(`${u.id}|${q - 1}`);
    if (!prev) continue;
    const now = flatValues(sub);
    const before = flatValues(prev);
    const jumped = new Map();
    for (const ind of plan.indicators) {
      if (ind.type !== 'count' && ind.type !== 'number') continue;
      const a = before.get(ind.id)?.value;
      const b = now.get(ind.id)?.value;
      if (typeof a !== 'number' || typeof b !== 'number' || Math.max(a, b) < JUMP_MIN_MAGNITUDE) continue;
      const f = Math.min(a, b) === 0 ? Infinity : Math.max(a, b) / Math.min(a, b);
      if (f > factor) jumped.set(ind.id, { code: 'value-jump', unit: u.id, q, pointer: `/areas/${ind.area}/values/${ind.id}`, detail: `${ind.id} ${a} → ${b}` });
    }
    // As the validator does: a part that jumps with its whole is not reported on its own.
    for (const ind of plan.indicators) {
      if (jumped.has(ind.id) && !(ind.notAbove ?? []).some((whole) => jumped.has(whole))) out.push(jumped.get(ind.id));
    }
  }
  return out;
}
