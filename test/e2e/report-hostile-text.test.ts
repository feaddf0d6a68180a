/**
 * Random Unicode in every text field of a repository (cchc.yaml, units.yaml,
 * the plan, a report template and every submission's narratives), then
 * `cchc report` from the built CLI: every part of the .docx and the .xlsx
 * (and of a unit's form from `cchc template`) must be well-formed XML (a
 * real parser, saxes, checks XML 1.0's characters) and LibreOffice must open
 * the report's files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cchc, ROOT } from '../helpers/cli.js';
import { malformedParts } from '../helpers/well-formed.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

/** What has broken office files or could: XML-forbidden characters, markup, terminal escapes, invisible characters. */
const PIECES = ['\uFFFE', '\uFFFF', '\u0001', '\u000B', '\u001B[2K', '\uD800', '\uDC00', '😀', '\u202E', '\u200B', '\u0085', '<w:t>', ']]>', '&#1;', '"', "'"];
const hostile = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(...PIECES)), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

const TEXTS = fc.sample(hostile, { numRuns: 400, seed: 1503 });
let next = 0;
/** Keeps the field's own words (so the document still reads) and adds random text after them. */
const spoil = (text: string): string => `${text} ${TEXTS[next++ % TEXTS.length]!}`;

type Data = Record<string, unknown>;

/** Keys whose values are codes, kept as they are inside spoilt parts. */
const CODES: ReadonlySet<string> = new Set(['to']);

/** Applies `spoil` to the strings at the given keys, anywhere in `data`. */
function spoilKeys(data: unknown, keys: ReadonlySet<string>, all = false): unknown {
  if (typeof data === 'string') return all ? spoil(data) : data;
  if (Array.isArray(data)) return data.map((v) => spoilKeys(v, keys, all));
  if (data !== null && typeof data === 'object') {
    const out: Data = {};
    // A proposal's addressee (`to: body|upper|central`) is a code the schema checks, not text.
    for (const [k, v] of Object.entries(data)) out[k] = CODES.has(k) ? v : spoilKeys(v, keys, all || keys.has(k));
    return out;
  }
  return data;
}

function rewrite(file: string, keys: ReadonlySet<string>): void {
  const data = parse(readFileSync(file, 'utf8'), { version: '1.2' }) as Data;
  writeFileSync(file, stringify(spoilKeys(data, keys)));
}

describe('cchc report with random Unicode in every text field', () => {
  const root = mkdtempSync(join(tmpdir(), 'cchc-hostile-text-'));
  const profile = mkdtempSync(join(tmpdir(), 'cchc-lo-profile-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('writes a .docx and an .xlsx whose every part is well-formed XML, and LibreOffice opens both', () => {
    cpSync(join(ROOT, 'examples/tu-ky'), root, { recursive: true });
    // The plan, copied into the repository with its titles and names spoilt.
    mkdirSync(join(root, 'ke-hoach'));
    writeFileSync(join(root, 'ke-hoach/ke-hoach.yaml'), readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml')));
    rewrite(join(root, 'ke-hoach/ke-hoach.yaml'), new Set(['title', 'name', 'issuer', 'unit', 'text', 'guide']));
    // The repository's own wording for the quarterly report.
    mkdirSync(join(root, 'mau/report'), { recursive: true });
    writeFileSync(
      join(root, 'mau/report/quy.yaml'),
      stringify({ intro: spoil('Thực hiện Kế hoạch {plan}, {body} báo cáo kết quả {period} như sau:'), recipientsLabel: spoil('Nơi nhận:') }),
    );
    const config = parse(readFileSync(join(root, 'cchc.yaml'), 'utf8')) as Data;
    // Square brackets round a word in cchc.yaml are a placeholder left from cchc init, which cchc refuses: the random text keeps none.
    const noPlaceholder = (v: unknown): unknown =>
      typeof v === 'string' ? v.replace(/[[\]]/g, '|') : Array.isArray(v) ? v.map(noPlaceholder) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, noPlaceholder(x)])) : v;
    const spoilt = noPlaceholder(spoilKeys(config, new Set(['body', 'signer', 'recipients']))) as Data;
    writeFileSync(join(root, 'cchc.yaml'), stringify({ ...spoilt, plan: 'ke-hoach/ke-hoach.yaml', templates: 'mau' }));
    rewrite(join(root, 'units.yaml'), new Set(['name']));
    for (const name of readdirSync(join(root, 'submissions/2024Q2')).filter((n) => n.endsWith('.yaml'))) {
      rewrite(join(root, 'submissions/2024Q2', name), new Set(['narrative', 'preparedBy', 'note']));
    }

    const r = cchc(['report', '--period', '2024Q2'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    for (const ext of ['docx', 'xlsx']) {
      const file = join(root, `bao-cao/bao-cao-cchc-2024Q2.${ext}`);
      expect(malformedParts(readFileSync(file)), ext).toEqual([]);
      if (!hasOffice || !hasPoppler) continue;
      const dir = mkdtempSync(join(root, 'pdf-'));
      const run = () =>
        spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          encoding: 'utf8',
          timeout: 180_000,
        });
      let converted = run();
      if (converted.status === null) converted = run(); // a LibreOffice crash under load is retried once
      expect(converted.status, converted.stderr).toBe(0);
      const pdf = join(dir, `bao-cao-cchc-2024Q2.pdf`);
      expect(existsSync(pdf), `LibreOffice did not open the ${ext}`).toBe(true);
      const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout.replace(/\s+/g, ' ');
      // The document's own words are there around the random text.
      expect(text).toContain(ext === 'docx' ? 'BÁO CÁO' : 'TÌNH HÌNH GỬI BÁO CÁO');
      expect(text).toContain('Tứ Kỳ');
    }
    // The form cchc writes for a unit from the same repository (its name, the plan's titles and guidance spoilt).
    const form = cchc(['template', '--unit', 'xa-dai-son', '--period', '2024Q3'], { cwd: root });
    expect(form.code, form.stderr).toBe(0);
    expect(malformedParts(readFileSync(join(root, 'bieu-mau/2024Q3/xa-dai-son.xlsx'))), 'form').toEqual([]);
  }, 300_000);
});
