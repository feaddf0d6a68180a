import type { Position } from './diagnostic.js';
import type { TaskStatus } from '../plan/model.js';

export type Value = number | boolean | string | null;

export interface Narrative {
  /** Kết quả đạt được */
  results?: string;
  /** Tồn tại, hạn chế và nguyên nhân */
  shortcomings?: string;
  /** Nhiệm vụ kỳ tới */
  nextTasks?: string;
  /** Đề xuất, kiến nghị */
  proposals?: string;
}
export const NARRATIVE_KEYS = ['results', 'shortcomings', 'nextTasks', 'proposals'] as const;

export interface TaskReport {
  status: TaskStatus;
  note?: string;
}

export interface AreaReport {
  values: Record<string, Value>;
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
