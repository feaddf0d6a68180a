import { Paragraph, TextRun } from 'docx';
import type { XmlBlock } from './xml-block.js';

/**
 * Puts XmlBlocks into a document the docx library builds: each block stands
 * in the library's tree as a placeholder paragraph holding a unique token;
 * after packing, `splice` replaces each placeholder paragraph of
 * word/document.xml with the block's bytes, in one pass.
 */
export class XmlSplicer {
  /** Random, so that no text of the report can be mistaken for a token. */
  private readonly prefix = `cchc-xml-block-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}-`;
  private readonly blocks: XmlBlock[] = [];

  /** The paragraph that stands for `block` until it is spliced in. */
  placeholder(block: XmlBlock): Paragraph {
    const token = `${this.prefix}${this.blocks.length}.`;
    this.blocks.push(block);
    return new Paragraph({ children: [new TextRun(token)] });
  }

  /** word/document.xml with every placeholder paragraph replaced by its block, in parts (never joined here). */
  splice(documentXml: Buffer): Buffer[] {
    const parts: Buffer[] = [];
    let from = 0;
    this.blocks.forEach((block, n) => {
      const token = `${this.prefix}${n}.`;
      const at = documentXml.indexOf(token, from, 'utf8');
      if (at < 0) throw new Error(`document.xml has no placeholder ${n}`);
      const start = Math.max(documentXml.lastIndexOf('<w:p>', at, 'utf8'), documentXml.lastIndexOf('<w:p ', at, 'utf8'));
      const close = documentXml.indexOf('</w:p>', at, 'utf8');
      // The token must sit in a paragraph of its own at body level, which the placeholder is.
      if (start < from || close < 0 || documentXml.lastIndexOf('</w:p>', at, 'utf8') > start) {
        throw new Error(`placeholder ${n} is not a paragraph of its own`);
      }
      parts.push(documentXml.subarray(from, start), ...block.parts());
      from = close + '</w:p>'.length;
    });
    if (documentXml.indexOf(this.prefix, from, 'utf8') >= 0) throw new Error('document.xml has an unexpected placeholder');
    parts.push(documentXml.subarray(from));
    return parts;
  }
}
