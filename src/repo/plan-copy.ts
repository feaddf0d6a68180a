import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDocument, isScalar } from 'yaml';
import { DEFAULT_PLAN_PATH } from '../plan/load.js';

/** Where `cchc init` puts the plan in a new repository (and what cchc.yaml's `plan:` names). */
export const REPO_PLAN_FILE = 'ke-hoach/ke-hoach-cchc.yaml';

/** Folder of the plans shipped with cchc. */
export const BUNDLED_PLANS_DIR = dirname(DEFAULT_PLAN_PATH);

/** Names of the plans shipped with cchc (`--plan NAME`): their file names without .yaml. */
export function bundledPlanNames(dir = BUNDLED_PLANS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => n.replace(/\.ya?ml$/, ''))
    .sort();
}

/**
 * The plan `--plan` names: a file (absolute, or relative to the working
 * folder), else a bundled plan by name; null when it is neither. No value:
 * the bundled default plan.
 */
export function choosePlan(arg: string | undefined, cwd: string, dir = BUNDLED_PLANS_DIR): { file: string; bundled: boolean } | null {
  if (arg === undefined) return { file: DEFAULT_PLAN_PATH, bundled: true };
  const asFile = resolve(cwd, arg);
  if (existsSync(asFile) && statSync(asFile).isFile()) return { file: asFile, bundled: false };
  const name = basename(arg).replace(/\.ya?ml$/, '');
  if (name === arg.replace(/\.ya?ml$/, '') && bundledPlanNames(dir).includes(name)) {
    return { file: join(dir, `${name}.yaml`), bundled: true };
  }
  return null;
}

/** "Ủy ban nhân dân huyện Tứ Kỳ" / "UBND huyện Tứ Kỳ" → "huyện Tứ Kỳ"; null when the name is not of that form. */
export function localityOf(body: string): string | null {
  const m = /^(?:(?:ủy|uỷ) ban nhân dân|ubnd)\s+(.+)$/iu.exec(body.normalize('NFC').trim().replace(/\s+/g, ' '));
  return m ? m[1]! : null;
}

export interface PlanNames {
  /** The issuing body in running text, e.g. "Ủy ban nhân dân huyện Gia Lộc"; null: leave a placeholder. */
  issuer: string | null;
  /** The body's locality, e.g. "huyện Gia Lộc"; null when unknown. */
  locality: string | null;
}

/** Placeholders left in a copied plan when the repository's names are not known yet. */
export const PLAN_PLACEHOLDERS = {
  title: '[Tên kế hoạch CCHC của cơ quan, ví dụ: Kế hoạch cải cách hành chính nhà nước huyện … giai đoạn 2021 - 2025]',
  issuer: '[Cơ quan ban hành kế hoạch, ví dụ: Ủy ban nhân dân huyện …]',
} as const;

const PLACEHOLDER_COMMENT =
  '# Tên kế hoạch CCHC của cơ quan (title) và cơ quan ban hành (issuer): báo cáo viết "Thực hiện <title>, …".\n' +
  '# Thay các chỗ trong ngoặc vuông [ ] bằng tên thật rồi kiểm tra bằng lệnh: cchc validate';

/**
 * A plan's text for a new repository, comments and layout kept: its schema
 * line pointed at the repository's schemas/. A plan shipped with cchc was
 * issued by another body: unless it is the repository's own (same locality),
 * its `issuer` and `title` (and the comments naming that body) take the
 * repository's names, so the report does not cite another body's plan; names
 * not known yet leave placeholders, which `cchc validate` reports.
 * `names` null: the user's own plan file, copied as it is.
 */
export function planForRepository(text: string, names: PlanNames | null): string {
  let out = text.normalize('NFC').replace(/^\uFEFF/, '');
  const schemaLine = '# yaml-language-server: $schema=../schemas/plan.schema.json';
  out = /^# yaml-language-server: \$schema=.*$/m.test(out)
    ? out.replace(/^# yaml-language-server: \$schema=.*$/m, schemaLine)
    : `${schemaLine}\n${out}`;
  if (names === null) return out;
  const doc = parseDocument(out);
  const oldIssuer = stringAt(doc, 'issuer');
  const oldTitle = stringAt(doc, 'title');
  const oldLocality = oldIssuer ? localityOf(oldIssuer.value) : null;
  if (names.locality !== null && names.locality.toLocaleLowerCase('vi') === oldLocality?.toLocaleLowerCase('vi')) return out;
  let title: string = PLAN_PLACEHOLDERS.title;
  if (oldTitle && oldLocality !== null && oldTitle.value.includes(oldLocality)) {
    if (names.locality !== null) title = oldTitle.value.split(oldLocality).join(names.locality);
  } else if (oldTitle && names.issuer !== null) title = oldTitle.value; // a title that names no body
  const edits = [
    ...(oldTitle ? [{ ...oldTitle, text: JSON.stringify(title) }] : []),
    ...(oldIssuer ? [{ ...oldIssuer, text: JSON.stringify(names.issuer ?? PLAN_PLACEHOLDERS.issuer) }] : []),
  ].sort((a, b) => b.start - a.start);
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (out.includes(PLAN_PLACEHOLDERS.title) || out.includes(PLAN_PLACEHOLDERS.issuer)) {
    // The placeholder's finding points at the comment above its line.
    out = out.replace(/^title:/m, `${PLACEHOLDER_COMMENT}\ntitle:`);
  }
  // Comments that name the other body's plan would mislead whoever opens the file.
  if (oldLocality !== null && names.locality !== null) {
    out = out.replace(/^([ \t]*#.*)$/gm, (line) => line.split(oldLocality).join(names.locality!));
  }
  return out;
}

/** The repository's names for a copied plan, from the short name cchc.yaml uses ("UBND huyện Gia Lộc"). */
export function planNamesOf(shortName: string | null): PlanNames {
  if (shortName === null) return { issuer: null, locality: null };
  const locality = localityOf(shortName);
  return { issuer: locality === null ? shortName : `Ủy ban nhân dân ${locality}`, locality };
}

/** A top-level string value and where its text is. */
function stringAt(doc: ReturnType<typeof parseDocument>, key: string): { value: string; start: number; end: number } | null {
  const node = doc.get(key, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return null;
  return { value: node.value, start: node.range[0], end: node.range[1] };
}
