import { openZip, ZipFormatError, type ZipArchive } from '../../util/zip.js';

/** Limits applied before any workbook parser sees the bytes. */
export interface XlsxLimits {
  /** Largest file accepted. */
  maxFileBytes: number;
  /** Largest total uncompressed size of all parts. */
  maxExpandedBytes: number;
  /** Largest expansion ratio (uncompressed ÷ file size) once past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most parts a workbook may have. */
  maxEntries: number;
  /** Total time for reading one workbook, parsing included. */
  timeBudgetMs: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxExpandedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 10 * 1024 * 1024,
  maxEntries: 5000,
  timeBudgetMs: 30_000,
};

/** A problem found in a workbook, rendered into a message later from its code. */
export interface WorkbookProblem {
  code: string;
  params: Record<string, string | number>;
}

export type GuardResult = { ok: true; zip: ZipArchive } | { ok: false; problem: WorkbookProblem };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Directory entry names of a CFB container are UTF-16LE; a byte search finds them. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

const fail = (code: string, params: WorkbookProblem['params'] = {}): GuardResult => ({
  ok: false,
  problem: { code, params },
});

const mb = (n: number): number => Math.round((n / 1024 / 1024) * 10) / 10;

/** An OpenDocument file says what it is in its first part, `mimetype` (stored, a few bytes). */
async function openDocumentKind(zip: ZipArchive): Promise<'ods' | 'odt' | null> {
  const entry = zip.entries.find((e) => e.name === 'mimetype' && e.uncompressedSize < 100);
  if (!entry) return null;
  let type: string;
  try {
    type = (await zip.read(entry)).toString('utf8');
  } catch {
    return null;
  }
  return type === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : type === 'application/vnd.oasis.opendocument.text' ? 'odt' : null;
}

/**
 * Looks at the bytes of a supposed .xlsx before parsing: size, container type
 * (an encrypted OOXML file and an old .xls are both CFB containers), the ZIP
 * central directory (truncation, expansion ratio, part count) and the parts a
 * workbook must have.
 */
export async function guardWorkbook(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<GuardResult> {
  if (bytes.byteLength > limits.maxFileBytes) {
    return fail('xlsx-too-large', { size: mb(bytes.byteLength), limit: mb(limits.maxFileBytes) });
  }
  if (bytes.byteLength === 0) return fail('xlsx-not-a-workbook', { what: 'other' });
  if (startsWith(bytes, CFB_MAGIC)) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      return fail('xlsx-encrypted');
    }
    return fail('xlsx-legacy-format');
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return fail('xlsx-not-a-workbook', { what: 'other' });
  }
  let zip: ZipArchive;
  try {
    zip = await openZip(bytes, { maxEntries: limits.maxEntries });
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    if (err.reason === 'too-many-entries') return fail('xlsx-zip-bomb', { expanded: 0, size: mb(bytes.byteLength), parts: Number(err.detail) });
    return fail('xlsx-truncated', { detail: err.reason });
  }
  const { entries } = zip;
  const expanded = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (
    entries.length > limits.maxEntries ||
    expanded > limits.maxExpandedBytes ||
    (expanded > limits.ratioFloorBytes && expanded / bytes.byteLength > limits.maxRatio)
  ) {
    return fail('xlsx-zip-bomb', { expanded: mb(expanded), size: mb(bytes.byteLength), parts: entries.length });
  }
  if (entries.some((e) => e.encrypted)) return fail('xlsx-encrypted');
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    const kind = names.has('word/document.xml') ? 'docx' : names.has('ppt/presentation.xml') ? 'pptx' : (await openDocumentKind(zip)) ?? 'zip';
    return fail('xlsx-not-a-workbook', { what: kind });
  }
  return { ok: true, zip };
}
