import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
const w = new ExcelJS.Workbook(); const ws = w.addWorksheet('Unit'); w.addWorksheet('Other');
ws.getCell('A1').value = { richText: [{ text: 'Ko' }, { text: 'de', font: { bold: true } }] };
ws.getCell('A2').value = { text: 'a@b.id', hyperlink: 'mailto:a@b.id' };
ws.getCell('A3').value = { formula: 'B3&"x"', result: 'yx' } as any;
ws.getCell('A4').value = new Date(Date.UTC(2024, 0, 15)); ws.getCell('A4').numFmt = 'yyyy-mm-dd';
ws.getCell('A5').value = 45292;
ws.getCell('A6').value = { error: '#N/A' } as any;
ws.getCell('A7').value = 'x\ty';
ws.getCell('A8').value = true;
(ws as any).dataValidations.add('C2:C1048576', { type: 'list', allowBlank: true, formulae: ['"a,b,c"'] });
const buf = Buffer.from(await w.xlsx.writeBuffer());
let t = Date.now();
const r = new ExcelJS.Workbook(); await r.xlsx.load(buf); console.log('regular load ms', Date.now() - t);
t = Date.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buf), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' } as any);
for await (const sheet of reader as any) {
  console.log('sheet', sheet.name, sheet.id);
  for await (const row of sheet) { console.log(row.number, JSON.stringify(row.values)); }
}
console.log('stream ms', Date.now() - t);
