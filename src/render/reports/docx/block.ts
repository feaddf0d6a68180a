import type { Paragraph, Table } from 'docx';
import type { XmlBlock } from './xml-block.js';

/** What the report's body is made of: docx objects, and WordprocessingML text for the large tables. */
export type Block = Paragraph | Table | XmlBlock;
