import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { shownPath } from '../cli/environment-error.js';
import { repoMessages as m } from '../i18n/repo.js';
import { visible } from '../render/terminal-text.js';
import { escapesRepository, isWithin } from '../util/read-input.js';
import { CONFIG_FILE, SUBMISSIONS_DIR, UNITS_FILE, type Repository } from './load.js';

/** Where a path really is: its folder's links resolved (as far as the folder exists), its own name as written (a rename replaces a link, it does not follow it). */
function realLocation(path: string): string {
  const rest: string[] = [basename(path)];
  let dir = dirname(resolve(path));
  for (;;) {
    try {
      return join(realpathSync(dir), ...rest.reverse());
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return resolve(path);
      rest.push(basename(dir));
      dir = parent;
    }
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Where a folder cchc writes to by default (bao-cao/, schemas/, bieu-mau/,
 * .cchc-cache/) really leads when a link takes it outside the repository
 * `root`, or null when it stays inside. Such a folder may be a committed link,
 * and a link to a folder that does not exist yet counts too (writing would
 * make the folder out there).
 */
export function defaultFolderOutside(root: string, dir: string): string | null {
  let link = false;
  try {
    link = lstatSync(dir).isSymbolicLink();
  } catch {
    // not there: the folder is made where it is written, inside unless a folder above leads elsewhere
  }
  if (!link) return escapesRepository(root, dir);
  const target = resolve(dirname(resolve(dir)), readlinkSync(dir));
  return isWithin(realOrSelf(root), realLocation(target)) ? null : target;
}

/** Refuses (exit 2, naming the folder and where it leads) to write into a default folder that leads outside the repository. */
export function refuseDefaultFolderOutside(root: string, dir: string, shown: string): void {
  const target = defaultFolderOutside(root, dir);
  if (target !== null) throw new UsageError(m.t('output-outside', { dir: visible(shown), target: visible(target) }));
}

/**
 * Refuses to write `path` when it would land on an input of the repository:
 * cchc.yaml, units.yaml, the plan, the report templates, or (unless
 * `intoSubmissions`, for the commands that make submissions) anything under
 * submissions/. Links are resolved, so a committed link `bao-cao →
 * submissions/2024Q2` is caught too. `shown` is the path as the user gave it.
 */
export function refuseOutputOnInput(repo: Repository, path: string, shown: string, options: { intoSubmissions?: boolean } = {}): void {
  const real = realLocation(path);
  const root = realOrSelf(repo.root);
  const inputs = [join(root, CONFIG_FILE), join(root, UNITS_FILE), ...(repo.planFiles ?? [repo.planFile]).map(realOrSelf)];
  const onFile = inputs.find((input) => input === real || input === realOrSelf(path));
  if (onFile !== undefined) throw new UsageError(m.t('output-on-input', { path: visible(shown), input: visible(shownPath(onFile)) }));
  const folders = [...(options.intoSubmissions ? [] : [join(root, SUBMISSIONS_DIR)]), ...(repo.config.templates ? [realOrSelf(resolve(repo.root, repo.config.templates))] : [])];
  const inFolder = folders.find((folder) => isWithin(folder, real));
  if (inFolder !== undefined) throw new UsageError(m.t('output-in-inputs', { path: visible(shown), folder: visible(shownPath(inFolder)) }));
}
