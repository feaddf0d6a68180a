import { createHash } from 'node:crypto';
import type { Form, FormIndicator } from './form.js';
import type { FormColumn } from './xlsx-sheet.js';

/** The visible columns of the values sheet: labels, the value (input), then the target and guidance. */
export function valuesColumns(year: number): FormColumn[] {
  return [
    { header: 'STT', width: 8 },
    { header: 'Chỉ tiêu', width: 55 },
    { header: 'Đơn vị tính', width: 12 },
    { header: 'Giá trị', width: 14, field: '' },
    { header: `Chỉ tiêu kế hoạch năm ${year}`, width: 32 },
    { header: 'Hướng dẫn', width: 45 },
  ];
}

/**
 * What an indicator row of the values sheet shows in each column (null for the
 * input and for an empty label). The reader compares the target and guidance
 * cells of a filled form with these to find text typed there.
 */
export function indicatorRowLabels(ind: FormIndicator): (string | null)[] {
  const target = [ind.target, ...ind.feeds].filter((t): t is string => t !== null).join('\n');
  return [ind.number, ind.name, ind.unit, null, target || null, ind.hint];
}

const normal = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Each indicator row's shown target and guidance (normalised), keyed by area then indicator, in form order. */
export function shownLabels(form: Pick<Form, 'areas' | 'period'>): Map<string, Map<string, string[]>> {
  const input = valuesColumns(form.period.year).findIndex((c) => c.field === '');
  const out = new Map<string, Map<string, string[]>>();
  for (const area of form.areas) {
    const rows = new Map<string, string[]>();
    for (const ind of area.indicators) rows.set(ind.id, indicatorRowLabels(ind).slice(input + 1).map((t) => normal(t ?? '')));
    out.set(area.id, rows);
  }
  return out;
}

/**
 * A fingerprint of the target and guidance texts a form was written with,
 * kept in its information sheet: the reader compares typed-over cells with
 * the texts it rebuilds only when they are the ones the form was made with
 * (cchc.yaml's baselines, say, may have changed since).
 */
export function labelsDigest(labels: Map<string, Map<string, string[]>>): string {
  const hash = createHash('sha256');
  for (const [area, rows] of labels) for (const [id, texts] of rows) hash.update(JSON.stringify([area, id, texts]));
  return hash.digest('hex').slice(0, 16);
}
