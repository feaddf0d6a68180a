import { withoutXmlForbidden } from '../xml-safe.js';
import { terminalXml } from '../terminal-text.js';

/**
 * Text content of an element; characters XML 1.0 cannot carry at all are
 * dropped (even `&#1;` is not well-formed), invisible ones it can carry (C1
 * controls, bidi overrides, zero-width spaces) written as character references,
 * so that the XML printed on a terminal or a CI log shows none of them raw.
 */
export function xmlText(text: string): string {
  return terminalXml(
    withoutXmlForbidden(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
  );
}

/** A double-quoted attribute value; line breaks and tabs survive attribute normalisation. */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
