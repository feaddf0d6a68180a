import { readZipEntry, writeStoredZip, ZipEntryError, type ZipEntry } from '../../util/zip.js';
import type { WorkbookProblem } from './guard.js';

/** Merged ranges larger than this are dropped (the parser would visit every cell). */
export const MAX_MERGE_CELLS = 100_000;
/** More merges than this are dropped (the parser checks every pair for overlap). */
export const MAX_MERGES = 2_000;

export type SanitizeResult = { ok: true; zip: Uint8Array<ArrayBuffer> } | { ok: false; problem: WorkbookProblem };

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const DATA_VALIDATIONS = /<((?:\w+:)?dataValidations)\b(?:[^>]*\/>|[\s\S]*?<\/\1>)/g;
const MERGE_CELLS = /<((?:\w+:)?mergeCells)\b(?:[^>]*\/>|[\s\S]*?<\/\1>)/g;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  ref: string;
}

function keptMerges(block: string): Rect[] {
  const kept: Rect[] = [];
  for (const m of block.matchAll(MERGE_REF)) {
    if (kept.length >= MAX_MERGES) break;
    const c1 = m[1] ?? 'A';
    const r1 = m[2] ?? '1';
    const c2 = m[3] ?? c1;
    const r2 = m[4] ?? r1;
    const a = { col: columnNumber(c1), row: Number(r1) };
    const b = { col: columnNumber(c2), row: Number(r2) };
    const rect: Rect = {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
      ref: `${c1}${r1}:${c2}${r2}`,
    };
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area > MAX_MERGE_CELLS || area < 2) continue;
    const overlaps = kept.some(
      (k) => k.left <= rect.right && rect.left <= k.right && k.top <= rect.bottom && rect.top <= k.bottom,
    );
    if (!overlaps) kept.push(rect);
  }
  return kept;
}

/**
 * Makes a worksheet safe for the parser: data validations go (a reader has no
 * use for them, and whole-column validations make exceljs expand a million
 * cells), merged ranges are kept only when small and not overlapping.
 */
export function sanitizeWorksheetXml(xml: string): string {
  let out = xml.includes('dataValidations') ? xml.replace(DATA_VALIDATIONS, '') : xml;
  if (out.includes('mergeCell')) {
    out = out.replace(MERGE_CELLS, (block) => {
      const kept = keptMerges(block);
      if (kept.length === 0) return '';
      return `<mergeCells count="${kept.length}">${kept.map((k) => `<mergeCell ref="${k.ref}"/>`).join('')}</mergeCells>`;
    });
  }
  return out;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** Inflates every part (bounded by the directory, CRC-checked), cleans the worksheets, re-zips. */
export function sanitizeWorkbook(bytes: Uint8Array, entries: readonly ZipEntry[]): SanitizeResult {
  const files: { name: string; data: Uint8Array }[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    let data: Uint8Array;
    try {
      data = readZipEntry(bytes, entry);
    } catch (err) {
      if (!(err instanceof ZipEntryError)) throw err;
      const code =
        err.reason === 'truncated' ? 'xlsx-truncated' : err.reason === 'encrypted' ? 'xlsx-encrypted' : 'xlsx-corrupt';
      return { ok: false, problem: { code, params: { detail: err.entry } } };
    }
    if (WORKSHEET.test(entry.name)) {
      const xml = decoder.decode(data);
      const clean = sanitizeWorksheetXml(xml);
      if (clean !== xml) data = encoder.encode(clean);
    }
    files.push({ name: entry.name, data });
  }
  return { ok: true, zip: writeStoredZip(files) };
}
