import { Document, isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { ADDRESSEES, NARRATIVE_KEYS, NARRATIVE_TEXT_KEYS } from '../model/submission.js';
import { upgradedSubmission } from './upgrade-narrative.js';
import { TASK_STATUSES } from '../plan/model.js';
import { formatDate } from '../util/vi-format.js';
import type { Form, FormArea } from './form.js';
import { NARRATIVE_LABELS, PREPARER_FIELDS, PREPARER_LABELS, TASK_STATUS_LABELS } from './layout.js';
import { getIn, keysOf } from './raw-data.js';

/** Keys of `data` ordered as `order` lists them, then the rest in their own order. */
function ordered(data: unknown, order: readonly string[]): string[] {
  const own = keysOf(data);
  const known = order.filter((k) => own.includes(k));
  return [...known, ...own.filter((k) => !order.includes(k))];
}

function pick(data: unknown, order: readonly string[], map: (key: string, value: unknown) => unknown = (_k, v) => v): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ordered(data, order)) out[k] = map(k, getIn(data, [k]));
  return out;
}

/** The empty submission of a form: what a user starts from (null values and tasks, empty texts). */
export function emptySubmission(form: Form): Record<string, unknown> {
  const areas: Record<string, unknown> = {};
  for (const area of form.areas) {
    areas[area.id] = {
      ...(area.indicators.length ? { values: Object.fromEntries(area.indicators.map((i) => [i.id, null])) } : {}),
      ...(area.tasks.length ? { tasks: Object.fromEntries(area.tasks.map((t) => [t.id, null])) } : {}),
      narrative: {
        results: '',
        difficulties: [{ issue: '', cause: '' }],
        nextTasks: '',
        proposals: [{ text: '', to: null }],
      },
    };
  }
  return {
    unit: form.unit.id,
    period: form.period.id,
    submitted: '',
    preparedBy: Object.fromEntries(PREPARER_FIELDS.map((f) => [f, ''])),
    areas,
  };
}

/** Submission data with its keys in form order (known keys first, anything else kept after them). */
export function orderedSubmission(form: Form, data: unknown): Record<string, unknown> {
  const areaOrder = form.areas.map((a) => a.id);
  const byId = new Map(form.areas.map((a) => [a.id, a]));
  return pick(data, ['unit', 'period', 'submitted', 'preparedBy', 'areas'], (key, value) => {
    if (key === 'preparedBy') return keysOf(value).length ? pick(value, PREPARER_FIELDS) : value;
    if (key !== 'areas' || keysOf(value).length === 0) return value;
    return pick(value, areaOrder, (areaId, area) => {
      const form = byId.get(areaId);
      if (!form || keysOf(area).length === 0) return area;
      return pick(area, ['values', 'tasks', 'narrative'], (part, content) => {
        const order =
          part === 'values' ? form.indicators.map((i) => i.id) : part === 'tasks' ? form.tasks.map((t) => t.id) : NARRATIVE_KEYS;
        return keysOf(content).length ? pick(content, order) : content;
      });
    });
  });
}

function pairOf(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<Node, Node>).items.find((p) => isScalar(p.key) && p.key.value === key);
}

function commentBefore(map: unknown, key: string, text: string): void {
  const pair = pairOf(map, key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = text.split('\n').map((l) => ` ${l}`).join('\n');
}

function inlineComment(map: unknown, key: string, text: string): void {
  const pair = pairOf(map, key);
  if (!pair) return;
  // A trailing comment on a scalar; on a mapping it goes before the key instead.
  if (isScalar(pair.value)) pair.value.comment = ` ${text}`;
  else commentBefore(map, key, text);
}

function annotateArea(areaMap: unknown, area: FormArea, addressees: string): void {
  const values = pairOf(areaMap, 'values')?.value;
  for (const ind of area.indicators) {
    const lines = [`${ind.number} ${ind.name} (${ind.unit})`];
    const target = [ind.target, ...ind.feeds].filter((t): t is string => t !== null);
    for (const t of target) lines.push(`  Chỉ tiêu: ${t}`);
    if (ind.hint) lines.push(`  ${ind.hint}`);
    if (ind.choices) lines.push(`  Các mức: ${ind.choices.map((c) => `${c.id} (${c.name})`).join(', ')}`);
    commentBefore(values, ind.id, lines.join('\n'));
  }
  const tasks = pairOf(areaMap, 'tasks')?.value;
  for (const task of area.tasks) inlineComment(tasks, task.id, `${task.number} ${task.title}${task.detail ? ` — ${task.detail}` : ''}`);
  const narrative = pairOf(areaMap, 'narrative')?.value;
  for (const k of NARRATIVE_TEXT_KEYS) inlineComment(narrative, k, NARRATIVE_LABELS[k]);
  inlineComment(narrative, 'shortcomings', `${NARRATIVE_LABELS.shortcomings} (mẫu cũ; nên ghi từng mục ở difficulties)`);
  const difficulties = [`${NARRATIVE_LABELS.difficulties}: mỗi mục «- issue: …» (khó khăn, hạn chế) kèm «cause: …» (nguyên nhân của nó)`];
  if (area.commonDifficulties.length) {
    difficulties.push('Khó khăn thường gặp (gặp đúng khó khăn nào thì chép nguyên văn, rồi ghi nguyên nhân của đơn vị):');
    for (const d of area.commonDifficulties) difficulties.push(`  - ${d.issue}`);
  }
  commentBefore(narrative, 'difficulties', difficulties.join('\n'));
  commentBefore(narrative, 'proposals', `${NARRATIVE_LABELS.proposals}: mỗi mục «- text: …» (nội dung) kèm «to: …» (nơi nhận: ${addressees})`);
}

export interface YamlFormOptions {
  /** Path of submission.schema.json relative to the written file, for the editor's schema line. */
  schemaRef: string;
}

/**
 * Writes a YAML submission for a form: with `fill`, that data in form order
 * (nothing added, nothing lost); without, the empty submission to fill in.
 * Comments carry the names, units, targets and hints of the Excel form.
 * Strings that YAML 1.1 tools would misread (no, on, 007, dates) are quoted.
 */
export function writeYamlForm(form: Form, options: YamlFormOptions, fill?: unknown): string {
  // Old text forms of difficulties and proposals are written as the lists they stand for.
  const data = fill === undefined ? emptySubmission(form) : orderedSubmission(form, upgradedSubmission(fill));
  const addressees = ADDRESSEES.map((a) => `${a} = ${form.addressees[a]}`).join('; ');
  const doc = new Document(data, { version: '1.1' });
  const statuses = TASK_STATUSES.map((s) => `${s} (${TASK_STATUS_LABELS[s].toLowerCase()})`).join(', ');
  const header = [
    ` yaml-language-server: $schema=${options.schemaRef}`,
    ` Báo cáo cải cách hành chính ${form.period.label} — ${form.unit.name} (mã đơn vị ${form.unit.id})`,
    ` Kế hoạch: ${form.plan.title} (phiên bản ${form.plan.version})`,
  ];
  if (form.window) header.push(` Thời gian lấy số liệu: ${formatDate(form.window.from)} – ${formatDate(form.window.to)}`);
  if (form.due) header.push(` Hạn gửi báo cáo: ${formatDate(form.due)}`);
  header.push(
    ' Số liệu chưa có để null; tỷ lệ (%) do phần mềm tự tính, không nhập.',
    ` Tình trạng nhiệm vụ: ${statuses}; kèm ghi chú: { status: done, note: "…" }.`,
  );
  doc.commentBefore = header.join('\n');
  const root = doc.contents;
  inlineComment(root, 'submitted', 'Ngày gửi báo cáo, dạng năm-tháng-ngày, ví dụ 2024-06-10');
  const preparer = pairOf(root, 'preparedBy')?.value;
  for (const f of PREPARER_FIELDS) inlineComment(preparer, f, PREPARER_LABELS[f]);
  const areas = pairOf(root, 'areas')?.value;
  for (const area of form.areas) {
    const lead = area.ledByUnit ? ' — đơn vị chủ trì: bắt buộc thuyết minh' : '';
    commentBefore(areas, area.id, `${area.code}. ${area.title}${lead}`);
    annotateArea(pairOf(areas, area.id)?.value, area, addressees);
  }
  return doc.toString({ lineWidth: 0 });
}
