import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  ftruncateSync,
  openSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fc from 'fast-check';
import { BIN, cchc } from '../helpers/cli.js';
import { FIXTURES, tempRepo } from '../helpers/fixture-repo.js';
import { BAD_FILES } from '../fixtures/xlsx/bad-files.js';
import { fill, openWorkbook, saveWorkbook } from '../helpers/xlsx-fill.js';
import { writeStoredZip } from '../../src/util/zip.js';
import { readZip } from '../helpers/zip.js';

/**
 * The hostile-input corpus: every folder of test/fixtures/hostile/ is one case
 * (case.yaml says what it is, which files go where or which input the test
 * makes, the command, the exit code and the diagnostics that must be there).
 * Every case also must: finish within the spawn timeout, stay under a memory
 * bound, print no stack trace, name the file (and the place, where there is
 * one) in each diagnostic, leak nothing it must not, and leave every file of
 * the repository as it was (no output written, no input changed).
 */
interface HostileCase {
  what: string;
  files?: Record<string, string>;
  make?: string;
  args?: string[];
  exit: number;
  /** [file, code, line (number) | cell prefix (string) | null] that must be reported. */
  expect?: [string, string, number | string | null][];
  stderr?: string;
  /** Environment variables for the run (a shorter time budget, say). */
  env?: Record<string, string>;
  /** Texts stdout must contain (the human formats). */
  stdout?: string[];
  never?: string[];
  /** The github format: lines beginning with "::" are cchc's own workflow commands, exactly this many. */
  commands?: number;
}

const HOSTILE = join(FIXTURES, 'hostile');
const SECRET = 'SECRET-OUTSIDE-THE-REPOSITORY';
const TARGET = 'submissions/2024Q3/xa-an-binh';

/** Diagnostics about a whole file, where no line or cell applies. */
const WHOLE_FILE = /^(file-|too-many-findings|yaml-too-large|yaml-more-duplicate-keys|xlsx-(zip-bomb|corrupt|truncated|too-large|not-a-workbook|encrypted|legacy-format|too-complex|too-many-cells|out-of-bounds|bad-shared-string|timeout|unreadable))/;

/** Peak memory of the CLI process (MB) must stay below this for any single hostile file. */
const MEMORY_BOUND_MB = 600;

function outsideFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-outside-'));
  const file = join(dir, 'secret.yaml');
  writeFileSync(file, `unit: xa-an-binh\nperiod: 2024Q3\nnote: ${SECRET}\n${SECRET}: [\n`);
  return file;
}

let formTemplate: Uint8Array | null = null;

/** A real form for xa-an-binh, 2024Q3, made by `cchc template`. */
function template(): Uint8Array {
  if (formTemplate) return formTemplate;
  const root = tempRepo();
  const out = join(root, 'form.xlsx');
  const r = cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3', '--out', out], { cwd: root });
  if (r.code !== 0) throw new Error(`cchc template failed: ${r.stderr}`);
  formTemplate = new Uint8Array(readFileSync(out));
  return formTemplate;
}

/** Rewrites entries of a zip (e.g. to inject XML another program might have written). */
function rewriteZip(bytes: Uint8Array, edit: (name: string, text: string) => string, extra: { name: string; data: string }[] = []): Uint8Array {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  return writeStoredZip([
    ...[...readZip(Buffer.from(bytes))].map(([name, data]) => {
      return { name, data: /\.(xml|rels)$/.test(name) ? enc.encode(edit(name, dec.decode(data))) : data };
    }),
    ...extra.map((x) => ({ name: x.name, data: enc.encode(x.data) })),
  ]);
}

async function filledForm(edit: (wb: Awaited<ReturnType<typeof openWorkbook>>) => void): Promise<Uint8Array> {
  const wb = await openWorkbook(template());
  fill(wb, 'submitted', '2024-09-10');
  fill(wb, 'preparedBy/name', 'Trần Thị Bình');
  fill(wb, 'areas/tthc/values/tthc-tong-so', 120);
  fill(wb, 'areas/tthc/values/tthc-cong-khai', 120);
  fill(wb, 'areas/tthc/narrative/results', 'Bộ phận Một cửa hoạt động ổn định.');
  edit(wb);
  return saveWorkbook(wb);
}

const isSheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
const withBefore = (text: string, before: string, xml: string) => text.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '').replace(before, `${xml}${before}`);
const VALIDATION_SPACE =
  '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations >';

/** A valid filled form (no errors) with its XML edited. */
async function validForm(edit: (name: string, text: string) => string): Promise<Uint8Array> {
  const form = await filledForm((wb) => {
    for (const [id, v] of Object.entries({ 'hs-tiep-nhan': 410, 'hs-truc-tuyen': 190, 'hs-truc-tiep': 220, 'hs-giai-quyet': 400, 'hs-dung-han': 396, 'hs-qua-han': 4 })) {
      fill(wb, `areas/tthc/values/${id}`, v);
    }
    fill(wb, 'areas/cong-vu/values/cbcc-xa', 22);
    fill(wb, 'areas/cong-vu/values/cbcc-xa-dai-hoc', 20);
    fill(wb, 'areas/cong-vu/values/cbccvc', 22);
    fill(wb, 'areas/tai-chinh/values/cong-khai-ngan-sach', 'Có');
    fill(wb, 'areas/chinh-quyen-so/values/hscv-tong', 300);
    fill(wb, 'areas/chinh-quyen-so/values/hscv-xu-ly-tren-mang', 200);
    fill(wb, 'areas/chinh-quyen-so/values/bao-cao-phan-mem-tinh', 'Có');
    fill(wb, 'areas/chinh-quyen-so/values/iso-9001', 'Có');
  });
  return rewriteZip(form, edit);
}

const badFile = (name: string): Uint8Array => {
  const bad = BAD_FILES.find((b) => b.name.startsWith(name));
  if (!bad) throw new Error(`no bad file "${name}"`);
  return bad.bytes();
};

const HEAD = 'unit: xa-an-binh\nperiod: 2024Q3\n';

/** `count` lines "k000001: 1" (one mapping's keys). */
function keys(count: number, indent = ''): string {
  return Array.from({ length: count }, (_, i) => `${indent}k${String(i).padStart(6, '0')}: ${i}\n`).join('');
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error('mkfifo failed');
}

/** cchc.yaml names the templates folder mau/, with its report/ folder made. */
function useTemplates(root: string): void {
  appendFileSync(join(root, 'cchc.yaml'), '\ntemplates: mau\n');
  mkdirSync(join(root, 'mau/report'), { recursive: true });
}

/** Writes the 2024Q2 report as the repository would have it committed; returns the .docx's path. */
function savedReport(root: string): string {
  const r = cchc(['report', '--period', '2024Q2'], { cwd: root });
  if (r.code !== 0) throw new Error(`cchc report failed: ${r.stderr}`);
  return join(root, 'bao-cao/bao-cao-cchc-2024Q2.docx');
}

/** Builds inputs that cannot be committed (too big, links, pipes, workbooks made from a template). */
const MAKERS: Record<string, (root: string) => Promise<void> | void> = {
  'huge-yaml': (root) => {
    const line = 'ghi-chu: "Bộ phận Một cửa hoạt động ổn định, tiếp nhận và trả kết quả đúng quy trình."\n';
    writeFileSync(join(root, `${TARGET}.yaml`), line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))));
  },
  'link-outside': (root) => symlinkSync(outsideFile(), join(root, `${TARGET}.yaml`)),
  'folder-link-outside': (root) => {
    const outside = dirname(outsideFile());
    writeFileSync(join(outside, 'xa-an-binh.yaml'), readFileSync(join(outside, 'secret.yaml')));
    rmSync(join(root, 'submissions/2024Q3'), { recursive: true, force: true });
    symlinkSync(outside, join(root, 'submissions/2024Q3'));
  },
  'units-link-outside': (root) => {
    rmSync(join(root, 'units.yaml'));
    symlinkSync(outsideFile(), join(root, 'units.yaml'));
  },
  'named-pipe': (root) => mkfifo(join(root, `${TARGET}.yaml`)),
  // Report templates: cchc.yaml names a folder inside the repository; what is in it leads elsewhere.
  'templates-link-file': (root) => {
    useTemplates(root);
    symlinkSync(outsideFile(), join(root, 'mau/report/quy.yaml'));
  },
  'templates-link-folder': (root) => {
    appendFileSync(join(root, 'cchc.yaml'), '\ntemplates: mau\n');
    mkdirSync(join(root, 'mau'));
    const outside = dirname(outsideFile());
    writeFileSync(join(outside, 'quy.yaml'), readFileSync(join(outside, 'secret.yaml')));
    symlinkSync(outside, join(root, 'mau/report'));
  },
  'templates-dev-zero': (root) => {
    useTemplates(root);
    symlinkSync('/dev/zero', join(root, 'mau/report/quy.yaml'));
  },
  'templates-fifo': (root) => {
    useTemplates(root);
    mkfifo(join(root, 'mau/report/quy.yaml'));
  },
  'templates-huge': (root) => {
    useTemplates(root);
    // 200 MB without using the disk: a sparse file.
    const fd = openSync(join(root, 'mau/report/quy.yaml'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
  },
  // A saved report compared by `report --check` that leads elsewhere.
  'check-link-outside': (root) => {
    const saved = savedReport(root);
    rmSync(saved);
    const secret = outsideFile();
    symlinkSync(secret, saved);
  },
  'check-dev-zero': (root) => {
    const saved = savedReport(root);
    rmSync(saved);
    symlinkSync('/dev/zero', saved);
  },
  'check-fifo': (root) => {
    const saved = savedReport(root);
    rmSync(saved);
    mkfifo(saved);
  },
  // Bounded time and memory: the YAML readers' limits.
  'yaml-60k-keys': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}${keys(60_000)}`),
  'yaml-90k-keys': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}${keys(90_000)}`),
  'units-300k-keys': (root) => appendFileSync(join(root, 'units.yaml'), `extra:\n${Array.from({ length: 330_000 }, (_, i) => `  k${i}: 1\n`).join('')}`),
  'yaml-alias-expansion': (root) =>
    writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}a: &x [${'1,'.repeat(99_999)}1]\n${Array.from({ length: 50 }, (_, i) => `b${i}: *x\n`).join('')}`),
  'yaml-alias-cycle': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}a: &x [1, *x]\n`),
  'yaml-flat-list': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}a: [${'7,'.repeat(2_399_999)}7]\n`),
  'yaml-deep-hash': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}a: [x#, ${'['.repeat(100_000)}${']'.repeat(100_000)}]\n`),
  'yaml-deep-apostrophe': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}a: [it's, ${'['.repeat(100_000)}${']'.repeat(100_000)}]\n`),
  'yaml-deep-escaped-quote': (root) => writeFileSync(join(root, `${TARGET}.yaml`), `${HEAD}a: ["\\"", ${'['.repeat(100_000)}${']'.repeat(100_000)}]\n`),
  'templates-60k-keys': (root) => {
    useTemplates(root);
    writeFileSync(join(root, 'mau/report/quy.yaml'), keys(60_000));
  },
  // A sheet renamed to a workflow command, with a wrong value on it: the stylish place is the sheet's name.
  'xlsx-sheet-name-command': async (root) => {
    const form = await filledForm((wb) => fill(wb, 'areas/tthc/values/hs-tiep-nhan', '4 hồ sơ'));
    const bytes = rewriteZip(form, (name, text) => (name === 'xl/workbook.xml' ? text.replace('name="Chỉ tiêu"', 'name="##vso task.complete"') : text));
    writeFileSync(join(root, `${TARGET}.xlsx`), bytes);
  },
  // Sheet names Excel refuses but other programs write: over 31 characters, a reserved name, two alike but for case.
  'xlsx-sheet-names': async (root) => {
    const form = await filledForm((wb) => fill(wb, 'areas/tthc/values/hs-tiep-nhan', '4 hồ sơ'));
    const names: Record<string, string> = { 'Chỉ tiêu': 'Chỉ tiêu của đơn vị trong kỳ báo cáo quý III năm 2024', 'Hướng dẫn': 'History', 'Nhiệm vụ': 'thông tin CHUNG' };
    const bytes = rewriteZip(form, (name, text) => (name === 'xl/workbook.xml' ? text.replace(/name="([^"]*)"/g, (all, n: string) => (names[n] ? `name="${names[n]}"` : all)) : text));
    writeFileSync(join(root, `${TARGET}.xlsx`), bytes);
  },
  // A committed link of the report folder to a folder outside whose name forges a workflow command.
  'reports-link-named-command': (root) => {
    const outside = join(mkdtempSync(join(tmpdir(), 'cchc-outside-')), 'x\n::error file=units.yaml,line=1::forged');
    mkdirSync(outside);
    symlinkSync(outside, join(root, 'bao-cao'));
  },
  // Default output folders made links out of the repository (committed: a pull request could make CI write anywhere).
  'forms-link-outside': (root) => symlinkSync(mkdtempSync(join(tmpdir(), 'cchc-outside-')), join(root, 'bieu-mau')),
  'reports-dangling-link-outside': (root) => symlinkSync(join(mkdtempSync(join(tmpdir(), 'cchc-outside-')), 'not-yet'), join(root, 'bao-cao')),
  // What `convert` is given: a named pipe where a form should be; a file whose name forges a workflow command.
  'convert-fifo': (root) => mkfifo(join(root, `${TARGET}.xlsx`)),
  'convert-name-command': (root) => writeFileSync(join(root, 'x\n::error file=units.yaml,line=1::forged.txt'), 'unit: xa-an-binh\n'),
  // A named pipe among the submissions of a period: listed, and refused as not a regular file (it was skipped silently).
  'fifo-in-period': (root) => mkfifo(join(root, 'submissions/2024Q2/xa-dong-hoa.yaml')),
  // A committed link of the report folder into the inputs.
  'reports-link-into-submissions': (root) => symlinkSync('submissions/2024Q2', join(root, 'bao-cao')),
  // The xlsx guard parses what it limits: spellings a regular expression missed, values exceljs misreads.
  'xlsx-validation-space': async (root) => writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (isSheet(name) ? withBefore(text, '<pageMargins', VALIDATION_SPACE) : text))),
  'xlsx-merge-space': async (root) =>
    writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (isSheet(name) ? withBefore(text, '<pageMargins', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells >') : text))),
  'xlsx-col-max': async (root) =>
    writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (isSheet(name) ? text.replace('<sheetData', '<cols><col min="1" max="2147483647" width="9"/></cols><sheetData') : text))),
  'xlsx-defined-name-sheet': async (root) =>
    writeFileSync(
      join(root, `${TARGET}.xlsx`),
      await validForm((name, text) =>
        name === 'xl/workbook.xml' ? text.replace('</sheets>', '</sheets><definedNames><definedName name="all">\'Chỉ tiêu\'!$A$1:$XFD$1048576</definedName></definedNames>') : text,
      ),
    ),
  'xlsx-row-max': async (root) =>
    writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (isSheet(name) ? text.replace('</sheetData>', '<row r="2147483647"><c r="A2147483647"><v>1</v></c></row></sheetData>') : text))),
  'xlsx-hex-number': async (root) =>
    writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (isSheet(name) ? text.replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>)<v>410<\/v>/, '$1<v>0x1F</v>') : text))),
  'xlsx-bad-shared-string': async (root) =>
    writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (isSheet(name) ? text.replace(/(<c r="[A-Z]+\d+"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, '$1<v>99999</v>') : text))),
  'xlsx-ods': (root) =>
    writeFileSync(
      join(root, `${TARGET}.xlsx`),
      writeStoredZip([
        { name: 'mimetype', data: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet') },
        { name: 'content.xml', data: new TextEncoder().encode('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') },
      ]),
    ),
  'xlsx-twenty-hostile': async (root) => {
    const bytes = await validForm((name, text) => (isSheet(name) ? withBefore(text, '<pageMargins', VALIDATION_SPACE) : text));
    for (let i = 0; i < 20; i++) writeFileSync(join(root, `submissions/2024Q3/xa-so-${String(i).padStart(2, '0')}.xlsx`), bytes);
  },
  'xlsx-slow': async (root) => {
    // 150,000 cells: under the cell limit, more than the parser reads in the short time budget the case sets.
    const rows = Array.from({ length: 15_000 }, (_, i) => `<row r="${i + 100}">${Array.from({ length: 10 }, (_, j) => `<c r="${String.fromCharCode(75 + j)}${i + 100}"><v>${i}</v></c>`).join('')}</row>`).join('');
    writeFileSync(join(root, `${TARGET}.xlsx`), await validForm((name, text) => (name.endsWith('sheet1.xml') ? text.replace('</sheetData>', `${rows}</sheetData>`) : text)));
  },
  'xlsx-zip-bomb': (root) => writeFileSync(join(root, `${TARGET}.xlsx`), badFile('a zip bomb')),
  'xlsx-lying-directory': (root) => writeFileSync(join(root, `${TARGET}.xlsx`), badFile('a zip whose directory understates')),
  'xlsx-truncated': (root) => writeFileSync(join(root, `${TARGET}.xlsx`), badFile('a truncated workbook')),
  'xlsx-million-cell-validation': async (root) => {
    const dv =
      '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" sqref="A1:ALL1000"><formula1>0</formula1></dataValidation></dataValidations>';
    const form = await filledForm((wb) => {
      for (const [id, v] of Object.entries({ 'hs-tiep-nhan': 410, 'hs-truc-tuyen': 190, 'hs-truc-tiep': 220, 'hs-giai-quyet': 400, 'hs-dung-han': 396, 'hs-qua-han': 4 })) {
        fill(wb, `areas/tthc/values/${id}`, v);
      }
      fill(wb, 'areas/cong-vu/values/cbcc-xa', 22);
      fill(wb, 'areas/cong-vu/values/cbcc-xa-dai-hoc', 20);
      fill(wb, 'areas/cong-vu/values/cbccvc', 22);
      fill(wb, 'areas/tai-chinh/values/cong-khai-ngan-sach', 'Có');
      fill(wb, 'areas/chinh-quyen-so/values/hscv-tong', 300);
      fill(wb, 'areas/chinh-quyen-so/values/hscv-xu-ly-tren-mang', 200);
      fill(wb, 'areas/chinh-quyen-so/values/bao-cao-phan-mem-tinh', 'Có');
      fill(wb, 'areas/chinh-quyen-so/values/iso-9001', 'Có');
    });
    const bytes = rewriteZip(form, (name, text) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? text.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '').replace('<pageMargins', `${dv}<pageMargins`) : text,
    );
    writeFileSync(join(root, `${TARGET}.xlsx`), bytes);
  },
  'xlsx-formula-payloads': async (root) => {
    const form = await filledForm((wb) => {
      fill(wb, 'areas/tthc/values/hs-tiep-nhan', { formula: "cmd|' /C calc'!A0", result: 410 });
      fill(wb, 'areas/tthc/values/hs-truc-tuyen', { formula: '[1]Sheet1!A1', result: 190 });
      fill(wb, 'areas/tthc/values/hs-truc-tiep', 220);
      fill(wb, 'areas/tthc/values/hs-giai-quyet', { formula: 'D20/0', result: { error: '#DIV/0!' } });
      fill(wb, 'areas/tthc/narrative/difficulties/0', { formula: 'HYPERLINK("http://evil.example/","Bấm vào đây")', result: 'Bấm vào đây' });
      fill(wb, 'areas/tthc/narrative/nextTasks', { text: 'Xem kế hoạch', hyperlink: 'http://evil.example/plan' });
    });
    // An external workbook link, as Excel writes one for [1]Sheet1!A1.
    const bytes = rewriteZip(
      form,
      (name, text) => {
        if (name === 'xl/workbook.xml') {
          return text.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>');
        }
        if (name === 'xl/_rels/workbook.xml.rels') {
          return text.replace(
            '</Relationships>',
            '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
          );
        }
        if (name === '[Content_Types].xml') {
          return text.replace(
            '</Types>',
            '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
          );
        }
        return text;
      },
      [
        {
          name: 'xl/externalLinks/externalLink1.xml',
          data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>',
        },
        {
          name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
          data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://evil.example/secret.xlsx" TargetMode="External"/></Relationships>',
        },
      ],
    );
    writeFileSync(join(root, `${TARGET}.xlsx`), bytes);
  },
};

/** Every entry of a folder tree with what it is: content hash for files, target for links. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const st = lstatSync(full);
      const rel = full.slice(root.length + 1);
      if (st.isSymbolicLink()) out.set(rel, `link ${readlinkSync(full)}`);
      else if (st.isDirectory()) {
        out.set(rel, 'dir');
        walk(full);
      } else if (st.isFile()) out.set(rel, `file ${st.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
      else out.set(rel, `other ${st.mode}`);
    }
  };
  walk(root);
  return out;
}

interface JsonOutput {
  files: number;
  diagnostics: { severity: string; code: string; file: string; line: number | null; column: number | null; cell: string | null; message: string }[];
}

const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;

describe('hostile input (built CLI)', () => {
  const names = readdirSync(HOSTILE).filter((n) => existsSync(join(HOSTILE, n, 'case.yaml'))).sort();

  it.each(names)('%s', async (name) => {
    const spec = parse(readFileSync(join(HOSTILE, name, 'case.yaml'), 'utf8')) as HostileCase;
    if (/pipe|fifo|dev-zero/.test(spec.make ?? '') && process.platform === 'win32') return;
    const files: Record<string, Uint8Array> = {};
    for (const [to, from] of Object.entries(spec.files ?? {})) files[to] = readFileSync(join(HOSTILE, name, from));
    const root = tempRepo(files);
    mkdirSync(join(root, 'submissions/2024Q3'), { recursive: true });
    if (spec.make) await MAKERS[spec.make]!(root);
    const before = snapshot(root);

    const rssDir = mkdtempSync(join(tmpdir(), 'cchc-rss-'));
    const rssFile = join(rssDir, 'rss');
    const args = spec.args ?? ['validate', '--format', 'json'];
    const r = spawnSync(process.execPath, ['-r', join(FIXTURES, 'startup/peak-rss.cjs'), BIN, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', CCHC_LANG: 'en', CCHC_PEAK_RSS_FILE: rssFile, ...spec.env },
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.error, 'the run must end by itself (no hang)').toBeUndefined();
    expect(r.status, `${spec.what}\n${r.stderr}\n${r.stdout.slice(0, 3000)}`).toBe(spec.exit);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/internal error/i);
    const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    expect(peakMb, 'peak memory (MB)').toBeLessThan(MEMORY_BOUND_MB);
    if (spec.stderr) expect(r.stderr).toContain(spec.stderr);
    for (const word of spec.never ?? []) {
      expect(r.stdout).not.toContain(word);
      expect(r.stderr).not.toContain(word);
    }

    // Terminal and CI-log safety, whatever the case and format: no control character but line feed and tab
    // (escape sequences, CR, C1 controls such as the one-character CSI U+009B), no bidi override, zero-width
    // or line-separator character reaches the output raw, and no line begins (after its indentation) with
    // a workflow command of a CI runner, but the github format's own annotations.
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u);
      const commands = out.split('\n').filter((line) => line.trimStart().startsWith('::'));
      if (out === r.stdout && spec.commands !== undefined) {
        expect(commands).toHaveLength(spec.commands);
        for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^,]*,(line=\d+,col=\d+,)?title=[^:]*::/);
      } else expect(commands).toEqual([]);
      for (const line of out.split('\n')) expect(line.trimStart(), line).not.toMatch(/^##/);
    }
    for (const text of spec.stdout ?? []) expect(r.stdout).toContain(text);
    if (spec.exit !== 2 && args[0] === 'validate' && args.includes('json')) {
      const out = JSON.parse(r.stdout) as JsonOutput;
      for (const [file, code, place] of spec.expect ?? []) {
        const found = out.diagnostics.filter((d) => d.file === file && d.code === code);
        expect(found.length, `${code} in ${file}: got ${JSON.stringify(out.diagnostics.map((d) => [d.file, d.code, d.line ?? d.cell]))}`).toBeGreaterThan(0);
        if (typeof place === 'number') expect(found.map((d) => d.line)).toContain(place);
        if (typeof place === 'string') expect(found.some((d) => d.cell?.startsWith(place))).toBe(true);
      }
      if ((spec.expect ?? []).length === 0) expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // Every diagnostic names its file, and its place unless it is about the whole file.
      for (const d of out.diagnostics) {
        expect(d.file).not.toBe('');
        if (!WHOLE_FILE.test(d.code)) expect(d.line !== null || d.cell !== null, `${d.code} has no place`).toBe(true);
      }
    }
    // Nothing written, nothing changed, in the repository.
    expect(snapshot(root)).toEqual(before);
    rmSync(rssDir, { recursive: true, force: true });
  });

  it('exits 0 or 1 with complete JSON and no stack trace on a folder of randomly damaged files', () => {
    const valid = readFileSync(join(FIXTURES, 'base-repo/submissions/2024Q2/xa-an-binh.yaml'));
    const rng = fc.sample(fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 6 }), fc.nat(40)), { minLength: 1, maxLength: 5 }), {
      numRuns: 60,
      seed: 7,
    });
    const files: Record<string, Uint8Array> = {};
    rng.forEach((edits, i) => {
      let bytes = Buffer.from(valid);
      for (const [at, insert, cut] of edits) {
        const p = at % bytes.length;
        bytes = Buffer.concat([bytes.subarray(0, p), Buffer.from(insert), bytes.subarray(p + cut)]);
      }
      files[`submissions/2024Q3/xa-so-${String(i).padStart(2, '0')}.yaml`] = bytes;
    });
    const root = tempRepo(files);
    const before = snapshot(root);
    for (const jobs of ['1', '2']) {
      const r = cchc(['validate', '--format', 'json', '--jobs', jobs, 'submissions/2024Q3'], { cwd: root });
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as JsonOutput;
      expect(out.files).toBe(60);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('keeps formula text in the report workbook as text', () => {
    const narrative = ['=cmd|\' /C calc\'!A0', '+1+1', '-2+3', '@SUM(1,2)', '=HYPERLINK("http://evil.example/","x")'];
    const root = tempRepo();
    const file = join(root, 'submissions/2024Q2/xa-an-binh.yaml');
    const text = readFileSync(file, 'utf8').replace(
      '      results: Bộ phận Một cửa hoạt động ổn định.',
      `      results: ${JSON.stringify(narrative.join('\n'))}\n      shortcomings: ${JSON.stringify(narrative[0])}\n      proposals: ${JSON.stringify(narrative[3])}`,
    );
    writeFileSync(file, text);
    const r = cchc(['report', '--period', '2024Q2', '--format', 'xlsx'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(join(root, 'bao-cao/bao-cao-cchc-2024Q2.xlsx'));
    const xml = [...readZip(bytes)].filter(([name]) => /^xl\/(worksheets\/.+|sharedStrings)\.xml$/.test(name)).map(([, data]) => data.toString('utf8'));
    expect(xml.join('')).not.toMatch(/<f[ >]/);
    expect(xml.join('')).toContain('cmd|');
  });
});
