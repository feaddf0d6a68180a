import { FONT, SIZE, STYLE } from './page-setup.js';
import { documentText } from '../../xml-safe.js';

/**
 * WordprocessingML written as text, for the blocks that bypass the docx
 * library (see xml-block.ts). Every element is written exactly as the library
 * writes it, so the document reads and looks the same either way.
 */

export interface RunXmlStyle {
  /** Points (default: body size). */
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export type ParagraphAlign = 'left' | 'center' | 'right' | 'both';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

const MARKUP = /[&"'<>]/g;

/** Text for element content or an attribute value: documentText, markup characters escaped. */
export function xmlText(text: string): string {
  return documentText(text).replace(MARKUP, (c) => ESCAPES[c]!);
}

const FONTS = xmlText(FONT);
const RUN_FONTS = `<w:rFonts w:ascii="${FONTS}" w:cs="${FONTS}" w:eastAsia="${FONTS}" w:hAnsi="${FONTS}"/>`;

/** Run properties: the font and size always, bold and italics only when on (as text.ts's runs). */
function runProperties(style: RunXmlStyle): string {
  const halfPoints = (style.size ?? SIZE.body) * 2;
  return (
    `<w:rPr>${RUN_FONTS}` +
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italics ? '<w:i/><w:iCs/>' : '') +
    `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr>`
  );
}

/** One run of text, as is (text.ts's `run`). */
export function runXml(text: string, style: RunXmlStyle = {}): string {
  return `<w:r>${runProperties(style)}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** Runs for text that may contain line breaks ("\n"): one run per line, a break before each but the first (text.ts's `runs`). */
export function runsXml(text: string, style: RunXmlStyle = {}): string {
  const props = runProperties(style);
  return text
    .split('\n')
    .map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`)
    .join('');
}

/** A paragraph with only an alignment of its own. */
export function paragraphXml(align: ParagraphAlign, runs: string, keepNext = false): string {
  return `<w:p><w:pPr>${keepNext ? '<w:keepNext/>' : ''}<w:jc w:val="${align}"/></w:pPr>${runs}</w:p>`;
}

/** Runs of a paragraph whose style carries font and size: bold and italics only when on (text.ts's styled runs). */
export function styledRunsXml(text: string, style: Pick<RunXmlStyle, 'bold' | 'italics'> = {}): string {
  const props = style.bold || style.italics ? `<w:rPr>${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italics ? '<w:i/><w:iCs/>' : ''}</w:rPr>` : '';
  return text
    .split('\n')
    .map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`)
    .join('');
}

const BODY_PARAGRAPH = `<w:pPr><w:pStyle w:val="${STYLE.body}"/></w:pPr>`;

/** A body paragraph (style "Body Text": justified, first-line indent, 6 pt after; text.ts's `bodyParagraph`). */
export function bodyParagraphXml(runs: string): string {
  return `<w:p>${BODY_PARAGRAPH}${runs}</w:p>`;
}
