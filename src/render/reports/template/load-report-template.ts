import { existsSync, lstatSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest } from '../../../util/suggest.js';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { UsageError } from '../../../cli/errors.js';
import { readRepoFile } from '../../../repo/read-repo-file.js';
import { decodeText } from '../../../read/yaml.js';
import { diagnosticMessages } from '../../../i18n/diagnostics.js';
import { visible } from '../../terminal-text.js';
import { reportMessages as m } from '../../../i18n/report.js';
import type { PeriodKind } from '../../../repo/model.js';
import {
  GLOBAL_PLACEHOLDERS,
  TEMPLATE_SPEC,
  placeholdersIn,
  type FieldSpec,
  type MapSpec,
  type ReportTemplate,
} from './template-spec.js';

/** File name of the template of each report kind, inside `<templates>/report/`. */
export const TEMPLATE_FILES: Record<PeriodKind, string> = {
  quarter: 'quy.yaml',
  half: '6-thang.yaml',
  year: 'nam.yaml',
};

/** File of the wording every kind of report shares, inside `<templates>/report/`; a kind's file overrides it. */
export const COMMON_TEMPLATE_FILE = 'chung.yaml';

/** The templates folder shipped with cchc (the package root's templates/). */
export const BUNDLED_TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates/', import.meta.url));

/** A template is a page of wording: anything near this size is not one (and would only cost memory). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Problems listed for a broken template; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

export interface TemplateProblem {
  line: number | null;
  column: number | null;
  message: string;
}

/** Plain data of a template file: nested records of strings and string lists. */
type TemplateData = { [key: string]: string | string[] | TemplateData };

/**
 * Parses and checks one template file against the spec. Keys may be left out
 * (they fall back to the bundled template); everything present must be right.
 */
export function parseReportTemplate(text: string): { data: TemplateData; problems: TemplateProblem[] } {
  const lineCounter = new LineCounter();
  // Duplicate keys are found while walking (a set per mapping): the parser's own check is quadratic in the keys of a mapping.
  const doc = parseDocument(text.normalize('NFC'), { version: '1.2', schema: 'core', lineCounter, uniqueKeys: false });
  const problems: TemplateProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const offset = node?.range?.[0];
    if (offset === undefined) problems.push({ line: null, column: null, message });
    else {
      const { line, col } = lineCounter.linePos(offset);
      problems.push({ line, column: col, message });
    }
  };
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    const detail = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ line: pos?.line ?? null, column: pos?.col ?? null, message: m.t('template.syntax', { detail }) });
  }
  if (problems.length) return { data: {}, problems };
  if (doc.contents === null) return { data: {}, problems };

  const walkMap = (node: Node, spec: MapSpec, path: string): TemplateData => {
    const out: TemplateData = {};
    if (!isMap(node)) {
      at(node, m.t('template.notMap', { key: path || '/' }));
      return out;
    }
    const keys = Object.keys(spec.fields);
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (problems.length > MAX_LISTED_PROBLEMS) break;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      const fieldSpec = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
      const keyPath = path ? `${path}.${key}` : key;
      if (seen.has(key)) {
        at(keyNode, m.t('template.duplicateKey', { key: keyPath }));
        continue;
      }
      seen.add(key);
      if (!fieldSpec) {
        const suggestion = closest(key, keys);
        const hint = suggestion ? m.t('template.didYouMean', { suggestion }) : '';
        at(keyNode, m.t('template.unknownKey', { key: keyPath, hint, keys: keys.join(', ') }));
        continue;
      }
      const value = walkField(pair.value as Node | null, fieldSpec, keyPath, keyNode);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

  const walkField = (
    node: Node | null,
    spec: FieldSpec,
    path: string,
    keyNode: Node | null,
  ): string | string[] | TemplateData | undefined => {
    if (spec.type === 'map') {
      if (node === null || (isScalar(node) && node.value === null)) {
        at(node ?? keyNode, m.t('template.emptyValue', { key: path }));
        return undefined;
      }
      return walkMap(node, spec, path);
    }
    if (spec.type === 'enum-list') {
      if (!isSeq(node)) {
        at(node ?? keyNode, m.t('template.notList', { key: path, example: spec.values.slice(0, 3).join(', ') }));
        return undefined;
      }
      const values: string[] = [];
      for (const item of node.items) {
        if (problems.length > MAX_LISTED_PROBLEMS) break;
        const v = isScalar(item) ? String(item.value) : '';
        if (!isScalar(item) || !spec.values.includes(v)) {
          at(item as Node, m.t('template.badItem', { value: v, key: path, values: spec.values.join(', ') }));
        } else if (values.includes(v)) {
          at(item, m.t('template.duplicateItem', { value: v, key: path }));
        } else values.push(v);
      }
      return values;
    }
    if (node === null || (isScalar(node) && node.value === null)) {
      at(node ?? keyNode, m.t('template.emptyValue', { key: path }));
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string') {
      at(node, m.t('template.notText', { key: path }));
      return undefined;
    }
    const allowed = [...GLOBAL_PLACEHOLDERS, ...spec.extra];
    for (const name of placeholdersIn(node.value)) {
      if (!allowed.includes(name)) {
        const suggestion = closest(name, allowed);
        const hint = suggestion ? m.t('template.didYouMean', { suggestion: `{${suggestion}}` }) : '';
        at(node, m.t('template.unknownPlaceholder', {
          placeholder: `{${name}}`,
          key: path,
          hint,
          allowed: allowed.map((a) => `{${a}}`).join(', '),
        }));
      }
    }
    return node.value.normalize('NFC');
  };

  const data = walkMap(doc.contents, TEMPLATE_SPEC, '');
  return { data, problems };
}

/** Keys of the spec that `data` lacks (a bundled template must have them all). */
export function missingKeys(data: TemplateData, spec: MapSpec = TEMPLATE_SPEC, path = ''): string[] {
  const out: string[] = [];
  for (const [key, field] of Object.entries(spec.fields)) {
    const keyPath = path ? `${path}.${key}` : key;
    const value = data[key];
    if (value === undefined) out.push(keyPath);
    else if (field.type === 'map' && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...missingKeys(value, field, keyPath));
    }
  }
  return out;
}

function merge(base: TemplateData, over: TemplateData): TemplateData {
  const out: TemplateData = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] =
      typeof value === 'object' && !Array.isArray(value) && typeof current === 'object' && !Array.isArray(current)
        ? merge(current, value)
        : value;
  }
  return out;
}

/**
 * Reads a template file through the guarded reader: inside `root` once links
 * are resolved (a template folder, a report/ folder or a file linked elsewhere
 * is refused unread), a regular file, at most MAX_TEMPLATE_BYTES.
 */
function readTemplate(file: string, shown: string, root: string): TemplateData {
  const decoded = decodeText(readRepoFile(file, shown, { root, maxBytes: MAX_TEMPLATE_BYTES }));
  if ('problem' in decoded) {
    const { code, params } = decoded.problem;
    throw new UsageError(m.t('template.cannotRead', { file: visible(shown), detail: diagnosticMessages.t(code as never, params) }));
  }
  const { data, problems } = parseReportTemplate(decoded.text);
  if (problems.length) {
    const lines = problems
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((p) => `  - ${visible(`${shown}${p.line === null ? '' : `:${p.line}:${p.column ?? 1}`}: ${p.message}`)}`);
    if (problems.length > MAX_LISTED_PROBLEMS) lines.push(`  - ${m.t('template.more')}`);
    throw new UsageError(m.t('template.invalid', { file: visible(shown), problems: lines.join('\n') }));
  }
  return data;
}

/** True when something (a file, a folder, even a dangling link) is at `path`. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isTemplate(data: TemplateData): data is TemplateData & ReportTemplate {
  return missingKeys(data).length === 0;
}

/**
 * The template of a report kind: the bundled common wording, overlaid with the
 * bundled kind's file, then with the repository's own common file and kind
 * file when `cchc.yaml` names a templates folder that has them. A broken file
 * is a UsageError listing every problem as file:line:column.
 */
export function loadReportTemplate(
  kind: PeriodKind,
  options: { root?: string; templatesDir?: string; bundledDir?: string } = {},
): ReportTemplate {
  const fileNames = [COMMON_TEMPLATE_FILE, TEMPLATE_FILES[kind]];
  const bundledDir = options.bundledDir ?? BUNDLED_TEMPLATES_DIR;
  let data: TemplateData = {};
  for (const name of fileNames) {
    const file = join(bundledDir, 'report', name);
    data = merge(data, readTemplate(file, file, bundledDir));
  }
  if (options.templatesDir) {
    const root = options.root ?? process.cwd();
    const dir = resolve(root, options.templatesDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(m.t('template.notFound', { dir: visible(relative(root, dir) || dir) }));
    }
    for (const name of fileNames) {
      const own = join(dir, 'report', name);
      if (present(own)) data = merge(data, readTemplate(own, relative(root, own), root));
    }
  }
  if (!isTemplate(data)) {
    const shown = join(bundledDir, 'report', COMMON_TEMPLATE_FILE);
    const problems = missingKeys(data).map((k) => `  - ${shown}: ${m.t('template.missingKey', { key: k })}`);
    throw new UsageError(m.t('template.invalid', { file: shown, problems: problems.join('\n') }));
  }
  return data;
}
