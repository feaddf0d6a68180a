import type { TaskStatus, ValueType } from '../plan/model.js';
import { ADDRESSEES, NARRATIVE_KEYS, type Addressee } from '../model/submission.js';

/**
 * The contract between the xlsx form writer and the xlsx reader. Rows are
 * found by the data path stored in a hidden key column, never by position;
 * columns by markers in a hidden first row; the sheet's role does not depend
 * on its name. So a user who renames a sheet, moves rows or adds sheets
 * cannot break reading.
 */
export const FORM_FORMAT = 'cchc-form';
/** 2: difficulties with causes and proposals with addressees, one row each (1: one text each). */
export const FORM_VERSION = 2;

export const SHEET_NAMES = {
  guide: 'Hướng dẫn',
  info: 'Thông tin chung',
  values: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  narrative: 'Thuyết minh',
  difficulties: 'Khó khăn thường gặp',
  meta: '_meta',
} as const;

/** Markers in the hidden first row of every data sheet. */
export const MARKER_ROW = 1;
/** Row of a data sheet's title (merged across the visible columns). */
export const TITLE_ROW = 2;
export const MARKERS = {
  /** Column holding each row's data path ("areas/tthc/values/hs-tiep-nhan"). */
  key: 'cchc:key',
  /** Column holding each row's kind (see RowKind). */
  kind: 'cchc:kind',
  /** Column holding the row's value; `cchc:field:<name>` holds a named part (a task's status, note). */
  field: 'cchc:field',
  /** First cell of the hidden metadata sheet. */
  meta: 'cchc:meta',
} as const;

export const TASK_FIELDS = ['status', 'note'] as const;

/**
 * What a keyed row holds. Indicator value types as in the plan; `date` and
 * `text` for the general information; `task` for a task (status + note);
 * `fixed` for values taken from the metadata (unit, period); `section` for an
 * area heading (located, never read); `label` for an information row without
 * a key (never read, but part of the form); `difficulty` (issue + cause) and
 * `proposal` (text + addressee) for one item of a narrative list, its key the
 * list's path and the item's place ("areas/tthc/narrative/difficulties/0").
 */
export type RowKind = ValueType | 'date' | 'task' | 'fixed' | 'section' | 'label' | 'difficulty' | 'proposal';
export const ROW_KINDS: readonly RowKind[] = [
  'count',
  'percent',
  'number',
  'boolean',
  'text',
  'date',
  'rating',
  'task',
  'fixed',
  'section',
  'label',
  'difficulty',
  'proposal',
];

/** Input columns of the narrative sheet besides the row's value (the text, the issue). */
export const NARRATIVE_FIELDS = { cause: 'cause', to: 'to' } as const;

/** Blank rows a form offers per area for difficulties and for proposals (more when the data has more). */
export const DIFFICULTY_ROWS = 5;
export const PROPOSAL_ROWS = 3;

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done: 'Hoàn thành',
  'in-progress': 'Đang thực hiện',
  'not-started': 'Chưa thực hiện',
};

export const BOOLEAN_LABELS = { yes: 'Có', no: 'Không' } as const;

export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export const NARRATIVE_LABELS: Record<NarrativeKey, string> = {
  results: 'Kết quả đạt được',
  difficulties: 'Khó khăn, hạn chế',
  shortcomings: 'Tồn tại, hạn chế và nguyên nhân',
  nextTasks: 'Nhiệm vụ trọng tâm kỳ tới',
  proposals: 'Đề xuất, kiến nghị',
};

export const PREPARER_FIELDS = ['name', 'title', 'phone', 'email'] as const;
export const PREPARER_LABELS: Record<(typeof PREPARER_FIELDS)[number], string> = {
  name: 'Người lập báo cáo',
  title: 'Chức vụ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
};

/**
 * Key of the information row showing the plan the form was made from (title and
 * version). A `fixed` row: shown, never read as data; problems with the plan
 * are addressed to it. Forms made before it had a key show it as a label row.
 */
export const PLAN_ROW_KEY = 'plan';

/**
 * Keys of the metadata sheet, one a row from row 2. The addressees' labels
 * follow each other: the proposals' drop-down lists them from there.
 */
export const META_KEYS = [
  'format',
  'version',
  'plan',
  'planVersion',
  'unit',
  'unitName',
  'kind',
  'period',
  ...ADDRESSEES.map((a) => `to.${a}` as const),
  // Last, so the addressee rows that the proposals' drop-down lists keep their place.
  'labels',
] as const;
export type MetaKey = (typeof META_KEYS)[number];
export const addresseeMetaKey = (a: Addressee): MetaKey => `to.${a}`;

/**
 * The kind column of a rating row also carries its scale, so the reader turns
 * the level's name a user picks back into its id without the plan:
 * "rating:tot=Tốt|kha=Khá".
 */
export function ratingKind(choices: readonly { id: string; name: string }[]): `rating:${string}` {
  return `rating:${choices.map((c) => `${c.id}=${c.name}`).join('|')}`;
}

/** The choices of a rating row's kind text; null when it is not one. */
export function ratingChoices(kindText: string): { id: string; name: string }[] | null {
  if (!kindText.startsWith('rating:')) return null;
  return kindText
    .slice('rating:'.length)
    .split('|')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return { id: pair.slice(0, eq), name: pair.slice(eq + 1) };
    })
    .filter((c) => c.id !== '');
}

export function pathKey(path: readonly string[]): string {
  return path.join('/');
}
