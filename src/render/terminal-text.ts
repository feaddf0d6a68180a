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
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The expressions, made on first use: Unicode property classes cost time to
 * build, and most runs print nothing from the input (start-up is measured).
 */
let patterns: { invisible: RegExp; invisibleAll: RegExp; lookalike: RegExp; lookalikeAll: RegExp; latin: RegExp; word: RegExp; jsonRaw: RegExp } | null = null;
function re(): NonNullable<typeof patterns> {
  patterns ??= {
    invisible: /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u034F\uFFFE\uFFFF]/u,
    invisibleAll: /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u034F\uFFFE\uFFFF]/gu,
    // Letters of scripts that look like Latin ones (о, а, р, е, с, ο, ν…).
    lookalike: /[\p{Script=Cyrillic}\p{Script=Greek}]/u,
    lookalikeAll: /[\p{Script=Cyrillic}\p{Script=Greek}]/gu,
    latin: /\p{Script=Latin}/u,
    word: /[\p{L}\p{M}\p{N}_-]+/gu,
    // What JSON.stringify (and an XML writer) leaves raw of the same class: DEL and C1 controls (U+009B is a one-character CSI), format characters (bidi overrides, zero-width), line and paragraph separators, non-characters.
    jsonRaw: /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u034F\uFFFE\uFFFF]/gu,
  };
  return patterns;
}

function escape(c: string): string {
  return NAMED[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** Shows look-alike letters inside a word that also has Latin letters (a Cyrillic "о" in "Sơn"). */
function withoutLookalikes(text: string): string {
  const r = re();
  if (!r.lookalike.test(text)) return text;
  return text.replace(r.word, (word) => (r.latin.test(word) && r.lookalike.test(word) ? word.replace(r.lookalikeAll, escape) : word));
}

/** One line of text, safe for a terminal or a CI log: control, invisible and look-alike characters shown as escapes. */
export function visible(text: string): string {
  const r = re();
  const shown = r.invisible.test(text) ? text.replace(r.invisibleAll, escape) : text;
  return withoutLookalikes(shown);
}

/** As `visible`, but line feeds stay: for text whose lines cchc itself made (each line must then begin with cchc's own words). */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/**
 * As `visible`, but line feeds and carriage returns stay as they are: for a
 * format that carries them in its own escaping (a workflow command's %0A, an
 * XML character reference), so that the text reads as it was written.
 */
export function visibleBreaksKept(text: string): string {
  if (!/[\r\n]/.test(text)) return visible(text);
  return text
    .split(/([\r\n])/)
    .map((piece) => (piece === '\r' || piece === '\n' ? piece : visible(piece)))
    .join('');
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

/**
 * JSON text for a terminal or a CI log (the machine formats printed to stdout):
 * JSON.stringify already writes C0 controls, quotes and lone surrogates as
 * escapes; this writes the rest of the invisible class as `\uXXXX` too (a
 * character outside the BMP as its surrogate pair). The JSON means the same
 * to any parser; only its bytes are safe to show. Such characters can only
 * stand inside strings, so the replacement never touches the structure.
 */
export function terminalJson(json: string): string {
  const r = re();
  r.jsonRaw.lastIndex = 0;
  if (!r.jsonRaw.test(json)) return json;
  return json.replace(r.jsonRaw, (c) => {
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}

/**
 * XML text for a terminal or a CI log (the JUnit format printed to stdout):
 * the same characters as `terminalJson` written as character references
 * (`&#x9b;`, `&#x202e;`), which every parser reads back as the character.
 * Call it on escaped XML, after the characters XML 1.0 forbids are gone.
 */
export function terminalXml(xml: string): string {
  const r = re();
  r.jsonRaw.lastIndex = 0;
  if (!r.jsonRaw.test(xml)) return xml;
  return xml.replace(r.jsonRaw, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
}
