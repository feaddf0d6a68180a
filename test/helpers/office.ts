/**
 * What the LibreOffice tests need from the machine, checked once with a message
 * that says what to install. Skipping is allowed on a developer's machine
 * without LibreOffice; under CI (CI=true) a missing tool fails instead, since
 * `.ci/run` installs every one of them.
 */
import { spawnSync } from 'node:child_process';

export const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

/** The font LibreOffice is given for the report's "Times New Roman", as fontconfig resolves it. */
export interface SerifFont {
  family: string;
  file: string;
  version: number;
  /** Languages whose letters the font covers entirely (fontconfig's orthographies). */
  langs: string[];
}

export function serifFont(style = ''): SerifFont | null {
  const r = spawnSync('fc-match', ['-f', '%{family[0]}\n%{file}\n%{fontversion}\n%{lang}\n', `Times New Roman${style}`], {
    encoding: 'utf8',
  });
  if (r.status !== 0 || r.error) return null;
  const [family = '', file = '', version = '0', langs = ''] = r.stdout.split('\n');
  return { family, file, version: Number(version), langs: langs.split('|') };
}

let cached: string | null | undefined;

/**
 * Null when the serif font covers Vietnamese; otherwise the message to show.
 * Debian 12's fonts-liberation 1.07 lacks letters such as Ế: LibreOffice then
 * takes those letters from another font and the PDF text breaks up ("K T QU").
 */
export function vietnameseFontProblem(): string | null {
  if (cached !== undefined) return cached;
  const styles = ['', ':bold', ':italic', ':bold:italic'];
  const fonts = styles.map((style) => serifFont(style));
  if (fonts.some((f) => f === null)) {
    cached = 'fc-match (package fontconfig) is not installed, so the fonts LibreOffice uses cannot be checked; install fontconfig.';
    return cached;
  }
  const lacking = styles.filter((_, i) => !fonts[i]!.langs.includes('vi'));
  const first = fonts[styles.indexOf(lacking[0] ?? '')]!;
  cached = lacking.length
    ? `"Times New Roman" (${lacking.map((s) => s.replace(/:/g, ' ').trim() || 'regular').join(', ')}) resolves to ` +
      `${first.family} ${(first.version / 65536).toFixed(2)} (${first.file}), which lacks Vietnamese letters such as Ế. ` +
      'Install fonts-liberation2 (Debian 12: apt-get install fonts-liberation2, as .ci/run does): the older ' +
      'fonts-liberation 1.07 has no Vietnamese glyphs, so LibreOffice mixes in another font and the PDF text breaks up ("K T QU").'
    : null;
  return cached;
}

/**
 * Throws the clear message when LibreOffice cannot render the tests' documents
 * faithfully; call it in a beforeAll of every test that reads a PDF's text.
 */
export function requireVietnameseFonts(): void {
  const problem = vietnameseFontProblem();
  if (problem) throw new Error(problem);
}

/** Under CI a missing office tool is a broken install step, not a reason to skip. */
export function officeSkipReason(): string | null {
  const missing = [
    hasOffice ? null : 'soffice (libreoffice-writer-nogui, libreoffice-calc-nogui)',
    hasPoppler ? null : 'pdftotext (poppler-utils)',
  ].filter((m): m is string => m !== null);
  if (missing.length === 0) return null;
  const message = `missing ${missing.join(', ')}; .ci/run installs them`;
  if (process.env['CI']) throw new Error(message);
  return message;
}
