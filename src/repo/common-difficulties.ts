import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../plan/model.js';
import type { RepoConfig } from './model.js';
import { readYaml } from '../read/yaml.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';
import { repoMessages as m } from '../i18n/repo.js';
import { reportMessages } from '../i18n/report.js';
import { UsageError } from '../cli/errors.js';
import { closest } from '../util/suggest.js';
import { readRepoFile } from './read-repo-file.js';
import { visible } from '../render/terminal-text.js';

/** A difficulty units of the repository often meet, with its usual cause: offered on the forms. */
export interface CommonDifficulty {
  issue: string;
  cause: string | null;
}

/** Area id → the area's common difficulties, in the order the list gives them. */
export type CommonDifficulties = ReadonlyMap<string, readonly CommonDifficulty[]>;

/** The list's file inside a templates folder. */
export const COMMON_DIFFICULTIES_FILE = join('form', 'kho-khan-thuong-gap.yaml');
const BUNDLED_FILE = fileURLToPath(new URL(`../../templates/${COMMON_DIFFICULTIES_FILE.split('\\').join('/')}`, import.meta.url));

export interface ListProblem {
  line: number | null;
  column: number | null;
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Parses a list of common difficulties: a mapping of area ids to lists of
 * `{ issue, cause? }`. With `strict`, an area the plan lacks is a problem (a
 * repository's own list); the bundled list just skips such areas (it serves
 * the bundled plan, a repository may use another).
 */
export function parseCommonDifficulties(bytes: Uint8Array, plan: Plan, strict: boolean): { list: Map<string, CommonDifficulty[]>; problems: ListProblem[] } {
  const read = readYaml(bytes);
  const problems: ListProblem[] = read.problems.map((p) => ({
    line: p.line,
    column: p.column,
    message: p.message ?? diagnosticMessages.t(p.code as never, p.params),
  }));
  const list = new Map<string, CommonDifficulty[]>();
  const at = (path: (string | number)[], message: string, target: 'key' | 'value' = 'value') => {
    const pos = read.locator.locate(path, target);
    problems.push({ line: pos.line, column: pos.column, message });
  };
  if (problems.length || read.data === undefined || read.data === null) return { list, problems };
  if (!isRecord(read.data)) {
    at([], m.t('difficulties.notMap'));
    return { list, problems };
  }
  const areaIds = plan.areas.map((a) => a.id);
  for (const [area, items] of Object.entries(read.data)) {
    if (!areaIds.includes(area)) {
      if (strict) {
        const near = closest(area, areaIds);
        at([area], m.t('difficulties.unknownArea', { id: area, hint: near ? reportMessages.t('template.didYouMean', { suggestion: near }) : '', known: areaIds.join(', ') }), 'key');
      }
      continue;
    }
    if (items === null) {
      list.set(area, []);
      continue;
    }
    if (!Array.isArray(items)) {
      at([area], m.t('difficulties.notList', { id: area }));
      continue;
    }
    const out: CommonDifficulty[] = [];
    const seen = new Map<string, number>();
    items.forEach((item: unknown, i) => {
      const ok =
        isRecord(item) &&
        typeof item['issue'] === 'string' &&
        item['issue'].trim() !== '' &&
        (item['cause'] === undefined || item['cause'] === null || typeof item['cause'] === 'string') &&
        Object.keys(item).every((k) => k === 'issue' || k === 'cause');
      if (!ok) {
        at([area, i], m.t('difficulties.badItem'));
        return;
      }
      const issue = (item['issue'] as string).trim();
      const key = issue.toLocaleLowerCase('vi');
      const line = read.locator.locate([area, i]).line ?? 0;
      const first = seen.get(key);
      if (first !== undefined) {
        at([area, i], m.t('difficulties.duplicate', { issue, line: first }));
        return;
      }
      seen.set(key, line);
      const cause = typeof item['cause'] === 'string' && item['cause'].trim() !== '' ? item['cause'].trim() : null;
      out.push({ issue, cause });
    });
    list.set(area, out);
  }
  return { list, problems };
}

/** A list is a short text file: larger ones are refused unread. */
export const MAX_LIST_BYTES = 1024 * 1024;

function readList(file: string, shown: string, plan: Plan, strict: boolean, root?: string): Map<string, CommonDifficulty[]> {
  const bytes = readRepoFile(file, shown, { ...(root !== undefined ? { root } : {}), maxBytes: MAX_LIST_BYTES });
  const { list, problems } = parseCommonDifficulties(bytes, plan, strict);
  if (problems.length) {
    const lines = problems.map((p) => `  - ${visible(shown)}${p.line === null ? '' : `:${p.line}:${p.column ?? 1}`}: ${visible(p.message)}`);
    throw new UsageError(m.t('invalid-file', { file: visible(shown), problems: lines.join('\n') }));
  }
  return list;
}

/**
 * The common difficulties forms offer: the bundled list, each area replaced by
 * the repository's own list when its templates folder (`templates:` in
 * cchc.yaml) has `form/kho-khan-thuong-gap.yaml` naming that area (an empty
 * list there offers nothing for the area). A broken file is a UsageError
 * listing every problem as file:line:column.
 */
export function loadCommonDifficulties(plan: Plan, repo: { root: string; config: Pick<RepoConfig, 'templates'> } | null): CommonDifficulties {
  const list = readList(BUNDLED_FILE, BUNDLED_FILE, plan, false);
  if (repo?.config.templates) {
    const own = resolve(repo.root, repo.config.templates, COMMON_DIFFICULTIES_FILE);
    if (existsSync(own)) {
      for (const [area, items] of readList(own, relative(repo.root, own), plan, true, repo.root)) list.set(area, items);
    }
  }
  return list;
}
