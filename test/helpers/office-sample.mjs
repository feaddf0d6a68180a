// Writes a small .docx (text, table, header with page number, image) and .xlsx
// to argv[2].docx / argv[2].xlsx, as the docx and exceljs libraries make them.
import { writeFileSync } from 'node:fs';
import { Document, Header, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';

// CLOCK_OFFSET_MS: pretend this run happens later (a second `cchc report` another day).
const offset = Number(process.env.CLOCK_OFFSET_MS ?? 0);
if (offset) {
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  };
}

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const doc = new Document({
  creator: 'UBND huyện Thử Nghiệm',
  sections: [
    {
      headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
      children: [
        new Paragraph('BÁO CÁO Kết quả thực hiện công tác cải cách hành chính quý II năm 2024'),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
        new Table({
          columnWidths: [3000, 2000],
          rows: [
            new TableRow({
              children: [
                new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph('Tỷ lệ hồ sơ đúng hạn')] }),
                new TableCell({ width: { size: 2000, type: WidthType.DXA }, children: [new Paragraph('98,7%')] }),
              ],
            }),
          ],
        }),
      ],
    },
  ],
});
writeFileSync(`${process.argv[2]}.docx`, await Packer.toBuffer(doc));

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Tổng hợp');
ws.addRow(['Chỉ tiêu', 'Giá trị']);
ws.addRow(['Tỷ lệ hồ sơ đúng hạn', 98.7]);
ws.getCell('A1').font = { bold: true };
ws.getColumn(1).width = 30;
writeFileSync(`${process.argv[2]}.xlsx`, Buffer.from(await wb.xlsx.writeBuffer()));
