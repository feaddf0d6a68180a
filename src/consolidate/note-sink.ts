import type { Lang, Params } from '../i18n/index.js';
import { consolidateMessages as m } from '../i18n/consolidate.js';
import type { ConsolidationNote, NoteCode } from './types.js';

export interface NoteFields {
  unit?: string | null;
  period?: string | null;
  indicator?: string | null;
  file?: string | null;
}

/** Collects consolidation notes, rendered in one language, each said once. */
export class NoteSink {
  readonly #notes: ConsolidationNote[] = [];
  readonly #seen = new Set<string>();

  constructor(readonly lang: Lang) {}

  add(severity: ConsolidationNote['severity'], code: NoteCode, fields: NoteFields, params: Params): void {
    const note: ConsolidationNote = {
      severity,
      code,
      message: m.in(this.lang, `note.${code}`, params),
      unit: fields.unit ?? null,
      period: fields.period ?? null,
      indicator: fields.indicator ?? null,
      file: fields.file ?? null,
    };
    const key = JSON.stringify(note);
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#notes.push(note);
  }

  list(): ConsolidationNote[] {
    return [...this.#notes];
  }
}
