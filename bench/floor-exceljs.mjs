// The floor for reading Excel submissions: only loads each workbook with
// exceljs (what any reader of these files must do), one thread.
//   node bench/floor-exceljs.mjs FILE_LIST
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let sheets = 0;
for (const f of files) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(f));
  sheets += wb.worksheets.length;
}
process.stdout.write(`${files.length} workbooks, ${sheets} sheets\n`);
