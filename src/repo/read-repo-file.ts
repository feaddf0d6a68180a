import { readInputFile, type InputRefusal } from '../util/read-input.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';
import { repoMessages as m } from '../i18n/repo.js';
import { UsageError } from '../cli/errors.js';
import { visible } from '../render/terminal-text.js';

/** Why a file was not read, in one line naming it (never its content). */
export function refusalText(shown: string, refusal: InputRefusal): string {
  const file = visible(shown);
  if (refusal.code === 'file-outside-repository') return m.t('outside-repository', { file, target: visible(refusal.params.target) });
  const detail = refusal.code === 'file-unreadable' ? refusal.params.detail : diagnosticMessages.t(refusal.code, refusal.params);
  return m.t('cannot-read', { file, detail });
}

/**
 * Reads a file the command cannot go on without (cchc.yaml, units.yaml, the
 * plan, a report template, a saved report for --check) through the guarded
 * reader: inside `root` once links are resolved, a regular file, at most
 * `maxBytes`. Anything else is a UsageError (exit 2) that names the file and
 * says why, without a word of its content.
 */
export function readRepoFile(file: string, shown: string, options: { root?: string; maxBytes: number }): Buffer {
  const input = readInputFile(file, options);
  if ('refusal' in input) throw new UsageError(refusalText(shown, input.refusal));
  return input.bytes;
}
