import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { allSchemas, schemaText } from '../schema/all-schemas.js';
import type { Plan } from '../plan/model.js';

/** The files `cchc init` writes come from here (inside the cchc package). */
export const INIT_TEMPLATES = fileURLToPath(new URL('../../templates/init/', import.meta.url));
/** Example repositories shipped with cchc (`--from-example NAME`). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** What goes into the templates. */
export interface ScaffoldValues {
  name: string;
  parent: string;
  shortName: string;
  place: string;
  /** Who signs the report (or a placeholder). */
  signer: string;
  /** The plan's path in the repository, as cchc.yaml names it. */
  planFile: string;
  /** Where CI installs cchc from (npm install argument). */
  cchcSource: string;
  version: string;
}

/** One file of a new repository: a forward-slash path relative to its root. */
export interface ScaffoldFile {
  path: string;
  content: string;
}

/**
 * `@@key@@` is the value as text; `@@yaml:key@@` is the value as a YAML
 * double-quoted scalar (safe whatever the user typed). An unknown key is a
 * bug in a template, not a user error.
 */
export function renderTemplate(text: string, values: ScaffoldValues, template = 'template'): string {
  return text.replace(/@@(yaml:)?([A-Za-z]+)@@/g, (_whole, yaml: string | undefined, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`${template}: unknown placeholder @@${key}@@`);
    const value = String(values[key as keyof ScaffoldValues]);
    return yaml ? JSON.stringify(value) : value;
  });
}

/**
 * Template files as repository paths. npm drops dotfiles such as .gitignore
 * from packages, so templates name them `dot-gitignore`, `dot-github/…`.
 */
export function templatePaths(dir = INIT_TEMPLATES): { template: string; path: string }[] {
  const out: { template: string; path: string }[] = [];
  const walk = (abs: string, rel: string[]) => {
    for (const name of readdirSync(abs).sort()) {
      const full = join(abs, name);
      const target = [...rel, name.startsWith('dot-') ? `.${name.slice(4)}` : name];
      if (statSync(full).isDirectory()) walk(full, target);
      else out.push({ template: full, path: target.join('/') });
    }
  };
  walk(dir, []);
  return out;
}

/** Names of the examples that have a units.yaml. */
export function exampleNames(dir = EXAMPLES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'units.yaml')))
    .sort();
}

/** The example's units.yaml with its schema line pointed at the new repository's schemas/. */
export function exampleUnits(name: string, dir = EXAMPLES_DIR): string | null {
  if (!exampleNames(dir).includes(name)) return null;
  const text = readFileSync(join(dir, name, 'units.yaml'), 'utf8');
  return text.replace(/^# yaml-language-server: \$schema=.*$/m, '# yaml-language-server: $schema=./schemas/units.schema.json');
}

/**
 * The plan file an example names in its cchc.yaml (`plan:`), or null when it
 * uses the bundled plan. An example whose units are of kinds its own plan
 * declares (a commune's offices, service centre and schools) is only valid
 * with that plan, so `cchc init --from-example` starts from it.
 */
export function examplePlanFile(name: string, dir = EXAMPLES_DIR): string | null {
  if (!exampleNames(dir).includes(name)) return null;
  const config: unknown = parse(readFileSync(join(dir, name, 'cchc.yaml'), 'utf8'));
  const plan = config !== null && typeof config === 'object' && 'plan' in config ? config.plan : null;
  return typeof plan === 'string' && plan !== '' ? join(dir, name, ...plan.split('/')) : null;
}

/**
 * The issuing body's name as the heading prints it: upper case, and "UBND"
 * written out ("UBND xã Tân Kỳ" → "ỦY BAN NHÂN DÂN XÃ TÂN KỲ").
 */
export function officialBodyName(name: string): string {
  const upper = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');
  return upper.startsWith('UBND ') ? `ỦY BAN NHÂN DÂN ${upper.slice(5)}` : upper;
}

const UPPER_LEVELS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG'];

/** "ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ" → "UBND huyện Tứ Kỳ"; other names are kept as given. */
export function shortNameOf(name: string): string {
  const upper = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const m = /^(?:ỦY|UỶ) BAN NHÂN DÂN (.+)$/u.exec(upper.toLocaleUpperCase('vi'));
  if (!m) return upper;
  let rest = m[1]!;
  let level = '';
  for (const l of UPPER_LEVELS) {
    if (rest.startsWith(`${l} `)) {
      level = l.toLocaleLowerCase('vi') + ' ';
      rest = rest.slice(l.length + 1);
      break;
    }
  }
  const proper = rest
    .split(' ')
    .map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
  return `UBND ${level}${proper}`;
}

/**
 * Every file of a new report repository, rendered: the templates, the units
 * list (empty or from an example), and the JSON Schemas of the plan so that
 * editors check submissions as they are typed.
 */
export function scaffoldFiles(values: ScaffoldValues, plan: Plan, units: string | null): ScaffoldFile[] {
  const files: ScaffoldFile[] = templatePaths().map(({ template, path }) => ({
    path,
    content: path === 'units.yaml' && units !== null ? units : renderTemplate(readFileSync(template, 'utf8'), values, path),
  }));
  for (const [name, schema] of Object.entries(allSchemas(plan))) {
    files.push({ path: `schemas/${name}`, content: schemaText(schema) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
