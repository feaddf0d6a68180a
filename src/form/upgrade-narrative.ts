import { getIn, keysOf } from './raw-data.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function copy(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Keys come from the file: defined, never assigned (a "__proto__" key stays a key).
  for (const k of keysOf(data)) Object.defineProperty(out, k, { value: data[k], enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * A narrative (unchecked data) with its old text forms written as lists: a
 * `shortcomings` text becomes the first difficulty (without a cause), a text
 * `proposals` one proposal (without an addressee); blank old texts go. Texts
 * are kept exactly as written. Anything else is returned as it is.
 */
export function upgradedNarrative(narrative: unknown): unknown {
  if (!isRecord(narrative)) return narrative;
  const old = narrative['shortcomings'];
  const proposals = narrative['proposals'];
  if (old === undefined && typeof proposals !== 'string') return narrative;
  const out = copy(narrative);
  if (typeof old === 'string') {
    delete out['shortcomings'];
    const listed = Array.isArray(narrative['difficulties']) ? narrative['difficulties'] : [];
    if (old.trim() !== '') out['difficulties'] = [{ issue: old }, ...listed];
  }
  if (typeof proposals === 'string') {
    if (proposals.trim() !== '') out['proposals'] = [{ text: proposals }];
    else delete out['proposals'];
  }
  return out;
}

/** Submission data (unchecked) with every area's narrative upgraded (upgradedNarrative). */
export function upgradedSubmission(data: unknown): unknown {
  const areas = getIn(data, ['areas']);
  if (!isRecord(data) || !isRecord(areas)) return data;
  let changed = false;
  const newAreas = copy(areas);
  for (const id of keysOf(areas)) {
    const area = areas[id];
    if (!isRecord(area) || !isRecord(area['narrative'])) continue;
    const narrative = upgradedNarrative(area['narrative']);
    if (narrative === area['narrative']) continue;
    const newArea = copy(area);
    newArea['narrative'] = narrative;
    newAreas[id] = newArea;
    changed = true;
  }
  if (!changed) return data;
  const out = copy(data);
  out['areas'] = newAreas;
  return out;
}
