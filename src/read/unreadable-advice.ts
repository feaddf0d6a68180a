import { extname } from 'node:path';
import { diagnosticWords as w } from '../i18n/diagnostics.js';

const KIND_BY_EXTENSION: Record<string, 'xls' | 'ods' | 'document' | 'csv' | 'archive'> = {
  '.xls': 'xls',
  '.xlsm': 'xls',
  '.xlsb': 'xls',
  '.ods': 'ods',
  '.fods': 'ods',
  '.doc': 'document',
  '.docx': 'document',
  '.odt': 'document',
  '.rtf': 'document',
  '.pdf': 'document',
  '.txt': 'document',
  '.csv': 'csv',
  '.zip': 'archive',
  '.rar': 'archive',
  '.7z': 'archive',
};

/** What to do with a file in submissions/ that is no submission cchc reads, by its kind. */
export function unreadableAdvice(file: string): string {
  const kind = KIND_BY_EXTENSION[extname(file).toLowerCase()] ?? 'other';
  return w.t(`advice.${kind}`);
}
