/** Strings gathered before they are encoded: large enough that Buffer overhead is negligible. */
const FLUSH_CHARS = 1 << 16;

/**
 * A block of the document body written directly as WordprocessingML text
 * instead of as docx objects: the tables whose rows grow with the number of
 * units (one object per row, cell, paragraph and run would cost hundreds of
 * MB at 10,000 units). The text is kept as UTF-8 bytes in chunks, never as one
 * large string; `render-docx.ts` splices it into word/document.xml after packing.
 */
export class XmlBlock {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  /** Appends well-formed WordprocessingML (the caller escapes text). */
  write(xml: string): this {
    this.pending.push(xml);
    this.pendingChars += xml.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
    return this;
  }

  /** Nothing written yet. */
  get empty(): boolean {
    return this.chunks.length === 0 && this.pending.length === 0;
  }

  /** The UTF-8 bytes written so far, in order. */
  parts(): readonly Buffer[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.pendingChars = 0;
  }
}
