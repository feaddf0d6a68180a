import { isAbsolute } from 'node:path';

/**
 * Text from a repository (file names, keys, values, unit names) on its way to
 * a terminal or a CI log. A line feed or carriage return in it would start a
 * line of its own (a GitHub Actions runner reads `::error …` at the start of
 * any line as a command), an escape sequence would move the cursor or erase
 * what was printed, and invisible or look-alike characters would make two
 * different names print alike. Such characters are shown as escapes instead:
 * `\n`, `\r`, `\t`, `\u001b`, `\u200b`, and a Cyrillic or Greek letter inside a
 * Latin word as `\u043e`.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u034F\uFFFE\uFFFF]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Letters of scripts that look like Latin ones (о, а, р, е, с, ο, ν…). */
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}\p{N}_-]+/gu;
const LOOKALIKE_ALL = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

function escape(c: string): string {
  return NAMED[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** Shows look-alike letters inside a word that also has Latin letters (a Cyrillic "о" in "Sơn"). */
function withoutLookalikes(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  return text.replace(WORD, (word) => (LATIN.test(word) && LOOKALIKE.test(word) ? word.replace(LOOKALIKE_ALL, escape) : word));
}

/** One line of text, safe for a terminal or a CI log: control, invisible and look-alike characters shown as escapes. */
export function visible(text: string): string {
  const shown = INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, escape) : text;
  return withoutLookalikes(shown);
}

/** As `visible`, but line feeds stay: for text whose lines cchc itself made (each line must then begin with cchc's own words). */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/**
 * A file path for the start of a line: shown visibly, and beginning with
 * `./`, `../` or `/` so that the line never begins with a name a repository
 * chose (a folder named `::error file=…::` would otherwise start a line).
 */
export function linePath(path: string): string {
  const shown = visible(path);
  if (isAbsolute(path) || shown.startsWith('./') || shown.startsWith('../')) return shown;
  return `./${shown}`;
}
