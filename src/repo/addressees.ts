import type { Addressee } from '../model/submission.js';
import type { RepoConfig } from './model.js';

/** Acronyms kept in capitals when a body's name is put into running text. */
const ACRONYMS = new Set(['UBND', 'HĐND', 'MTTQ', 'TP', 'TW', 'TƯ', 'BCĐ', 'CCHC']);
/** Common nouns of Vietnamese body names: lower case in running text ("UBND tỉnh Hải Dương"). */
const COMMON_WORDS = new Set([
  'ủy', 'ban', 'nhân', 'dân', 'hội', 'đồng', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'trấn', 'phường',
  'đặc', 'khu', 'của', 'và',
]);

/**
 * A body's name written in capitals, as a document heading gives it ("UBND TỈNH
 * HẢI DƯƠNG"), in running text: acronyms kept, the common nouns of
 * administrative names in lower case, every other syllable (the proper name)
 * capitalised, the first word capitalised ("UBND tỉnh Hải Dương").
 */
export function runningName(upper: string): string {
  const words = upper.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return words
    .map((word, i) => {
      if (ACRONYMS.has(word)) return word;
      const lower = word.toLocaleLowerCase('vi');
      const cap = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
      if (i === 0) return cap;
      return COMMON_WORDS.has(lower) ? lower : cap;
    })
    .join(' ');
}

/**
 * The repository's own names for the addressees of a proposal: the compiling
 * body (its short name) and the level above it (its parent); null where the
 * configuration does not name one (no repository, or no parent body).
 * Ministries have no name in the configuration.
 */
export function addresseeNames(body: Pick<RepoConfig['body'], 'shortName' | 'parent'> | null): Record<Addressee, string | null> {
  const shortName = body?.shortName.trim() ?? '';
  const parent = body?.parent.trim() ?? '';
  return { body: shortName || null, upper: parent ? runningName(parent) : null, central: null };
}

/** Words for the addressees the configuration does not name (forms and reports are Vietnamese). */
const GENERIC_VI: Record<Addressee, string> = {
  body: 'Cơ quan tổng hợp báo cáo',
  upper: 'Cơ quan cấp trên',
  central: 'Bộ, ngành trung ương',
};

/**
 * The labels forms and reports show for the addressees: the repository's
 * names where it has them ("UBND huyện Tứ Kỳ", "UBND tỉnh Hải Dương"), general
 * words otherwise; always three different labels.
 */
export function addresseeLabels(body: Pick<RepoConfig['body'], 'shortName' | 'parent'> | null): Record<Addressee, string> {
  const names = addresseeNames(body);
  const labels = {
    body: names.body ?? GENERIC_VI.body,
    upper: names.upper ?? GENERIC_VI.upper,
    central: GENERIC_VI.central,
  };
  // A configuration naming the body as its parent must not make two choices read alike.
  if (labels.upper === labels.body) labels.upper = `${GENERIC_VI.upper} (${labels.upper})`;
  return labels;
}
