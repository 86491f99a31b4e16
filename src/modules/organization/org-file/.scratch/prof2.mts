import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
const rows = Array.from({ length: 22000 }, (_, i) => ['198000000000' + String(i).padStart(6, '0'), null, `Pegawai ${i}`, null, 'S.Kom.', 'Penata', 'III/c', `p${i}@contoh.go.id`, '0812' + i]);
const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Pegawai');
ws.columns = rows[0].map((_, i) => ({ header: 'H' + i, key: 'k' + i, width: 10, style: { numFmt: '@' } }));
for (const r of rows) ws.addRow(r);
const b = Buffer.from(await wb.xlsx.writeBuffer());
for (let k = 0; k < 2; k++) {
let s = Date.now(); const r = new ExcelJS.Workbook(); await r.xlsx.load(b as any, { ignoreNodes: ['dataValidations'] } as any); console.log('load', Date.now() - s);
s = Date.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([b]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' } as any);
let n = 0; for await (const sheet of reader as any) for await (const row of sheet) n++;
console.log('stream', Date.now() - s, n);
}
