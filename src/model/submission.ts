import type { Position } from './diagnostic.js';
import type { TaskStatus } from '../plan/model.js';

export type Value = number | boolean | string | null;

/**
 * To whom a proposal is addressed: `body` = the compiling body that receives the
 * units' reports (its departments and standing office included), `upper` = the
 * level above it (province, its departments), `central` = ministries and
 * central agencies. Only `upper` and `central` are requests the body sends up.
 */
export const ADDRESSEES = ['body', 'upper', 'central'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

/** One difficulty or shortcoming, with its cause beside it. */
export interface Difficulty {
  issue: string;
  /** null or absent: not given. */
  cause?: string | null;
}

/** One proposal, with the level it is addressed to. */
export interface Proposal {
  text: string;
  /** null or absent: not given. */
  to?: Addressee | null;
}

/**
 * A unit's narrative on one area, as written in its file. `shortcomings` and a
 * text `proposals` are the forms before difficulties had causes and proposals
 * addressees; they stay valid. Read them through `narrativeLists`.
 */
export interface Narrative {
  /** Kết quả đạt được */
  results?: string;
  /** Khó khăn, hạn chế, mỗi mục kèm nguyên nhân */
  difficulties?: Difficulty[];
  /** Tồn tại, hạn chế và nguyên nhân (old form: one text) */
  shortcomings?: string;
  /** Nhiệm vụ kỳ tới */
  nextTasks?: string;
  /** Đề xuất, kiến nghị: items with their addressee (old form: one text) */
  proposals?: Proposal[] | string;
}
/** The narrative's free texts. */
export const NARRATIVE_TEXT_KEYS = ['results', 'nextTasks'] as const;
/** Every key a narrative may have, in the order forms show them. */
export const NARRATIVE_KEYS = ['results', 'difficulties', 'shortcomings', 'nextTasks', 'proposals'] as const;

/** A narrative item with the data path (inside the narrative) it was written at. */
export interface Located<T> {
  item: T;
  /** E.g. ["difficulties", 2] or ["shortcomings"] for the old text form. */
  at: (string | number)[];
}

/**
 * The narrative's difficulties and proposals as lists, whatever form they were
 * written in: an old `shortcomings` text is one difficulty without a cause
 * (before the listed ones), an old text `proposals` one proposal without an
 * addressee. Texts are trimmed; blank items are left out.
 */
export function narrativeLists(n: Narrative): { difficulties: Located<Difficulty>[]; proposals: Located<Proposal>[] } {
  const difficulties: Located<Difficulty>[] = [];
  const proposals: Located<Proposal>[] = [];
  const old = n.shortcomings?.trim();
  if (old) difficulties.push({ item: { issue: old }, at: ['shortcomings'] });
  (n.difficulties ?? []).forEach((d, i) => {
    const issue = d.issue?.trim() ?? '';
    const cause = d.cause?.trim();
    if (issue || cause) difficulties.push({ item: cause ? { issue, cause } : { issue }, at: ['difficulties', i] });
  });
  if (typeof n.proposals === 'string') {
    const text = n.proposals.trim();
    if (text) proposals.push({ item: { text }, at: ['proposals'] });
  } else {
    (n.proposals ?? []).forEach((p, i) => {
      const text = p.text?.trim() ?? '';
      if (text) proposals.push({ item: p.to ? { text, to: p.to } : { text }, at: ['proposals', i] });
    });
  }
  return { difficulties, proposals };
}

export interface TaskReport {
  status: TaskStatus;
  note?: string;
}

export interface AreaReport {
  values: Record<string, Value>;
  /** Ids of the values left empty in the file (a key without a value, an empty cell), when there are any. */
  empty?: readonly string[];
  tasks: Record<string, TaskReport>;
  narrative: Narrative;
}

export interface Preparer {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

/** One unit's report for one period, whatever file format it came from. */
export interface Submission {
  unit: string;
  period: string;
  /** ISO date YYYY-MM-DD */
  submitted: string;
  preparedBy?: Preparer;
  areas: Record<string, AreaReport>;
}

/** Data path segments, e.g. ["areas", "tthc", "values", "hs-dung-han"]. */
export type DataPath = readonly (string | number)[];

/**
 * Answers "where in the source is this data path?". `target: 'key'` asks for
 * the key of a mapping entry (an unknown or misspelled name) rather than its value.
 * A path that does not exist resolves to its deepest existing ancestor.
 */
export interface Locator {
  locate(path: DataPath, target?: 'key' | 'value'): Position;
}

export function toPointer(path: DataPath): string {
  return path.length === 0
    ? ''
    : '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/**
 * The list index a data path segment names: a number, or a JSON Pointer's
 * digits ("3"); -1 for anything else.
 */
export function itemIndex(seg: string | number): number {
  if (typeof seg === 'number') return seg;
  return /^(?:0|[1-9]\d*)$/.test(seg) ? Number(seg) : -1;
}
