import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS } from './borderless.js';
import { SIZE, STYLE, TEXT_WIDTH, twips } from './page-setup.js';
import { centred, runs } from './text.js';
import { documentText } from '../../xml-safe.js';

export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN" */
  authority: string;
  /** "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" */
  title: string;
  name: string;
  /** "Nơi nhận:" */
  recipientsLabel: string;
  recipients: readonly string[];
}

export const SIGNATURE_COLUMNS = [twips(80), TEXT_WIDTH - twips(80)] as const;

/**
 * Recipients as the format shows them: one per line, each after "- ",
 * ";" after each but the last, "." after the last.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  const cleaned = recipients.map((r) => r.normalize('NFC').trim().replace(/^-\s*/, '').replace(/[;.,]+$/, ''));
  return cleaned.filter((r) => r !== '').map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

/**
 * "Nơi nhận:" and the recipients on the left; authority, title, room for the
 * signature and seal, and the signer's name on the right.
 */
export function signatureBlock(s: SignatureBlock): (Paragraph | Table)[] {
  const [left, right] = SIGNATURE_COLUMNS;
  const recipients = [
    new Paragraph({ style: STYLE.recipientsLabel, children: [new TextRun(documentText(s.recipientsLabel))] }),
    ...recipientLines(s.recipients).map((line) => new Paragraph({ style: STYLE.recipients, children: [new TextRun(documentText(line))] })),
  ];
  const signer = [
    centred(`${s.authority.toUpperCase()}\n${s.title.toUpperCase()}`, { size: SIZE.signerAuthority, bold: true }),
    // Room for the signature and the seal: four lines.
    ...[0, 1, 2, 3].map(() => new Paragraph({ children: runs('', { size: SIZE.body }) })),
    centred(s.name, { size: SIZE.signerName, bold: true }),
  ];
  return [
    // A blank line between the closing sentence and the block, kept on the block's page.
    new Paragraph({ keepNext: true, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: NO_TABLE_BORDERS,
      rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signer)] })],
    }),
  ];
}
