import ExcelJS from 'exceljs';
const rows = Array.from({ length: 22000 }, (_, i) => ['198000000000' + String(i).padStart(6, '0'), null, `Pegawai ${i}`, null, 'S.Kom.', 'Penata', 'III/c', `p${i}@contoh.go.id`, '0812' + i]);
async function build(withStyle: boolean) {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Pegawai');
  ws.columns = rows[0].map((_, i) => ({ header: 'H' + i, key: 'k' + i, width: 10, ...(withStyle ? { style: { numFmt: '@' } } : {}) }));
  let s = Date.now(); for (const r of rows) ws.addRow(r); console.log(' addRow', Date.now() - s);
  s = Date.now(); const b = await wb.xlsx.writeBuffer(); console.log(' writeBuffer', Date.now() - s);
  s = Date.now(); const b2 = await wb.xlsx.writeBuffer({ useSharedStrings: false } as any); console.log(' writeBuffer noShared', Date.now() - s);
  return Buffer.from(b);
}
console.log('styled'); const b = await build(true);
console.log('plain'); await build(false);
let s = Date.now(); const r = new ExcelJS.Workbook(); await r.xlsx.load(b as any, { ignoreNodes: ['dataValidations'] } as any); console.log('load', Date.now() - s);
s = Date.now(); let n = 0; r.worksheets[0].eachRow((row) => { n += (row.values as any[]).length; }); console.log('eachRow', Date.now() - s);
// streaming writer
const { PassThrough } = await import('node:stream');
s = Date.now();
const pt = new PassThrough(); const chunks: Buffer[] = []; pt.on('data', (c) => chunks.push(c));
const sw = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pt, useStyles: true, useSharedStrings: false });
const sws = sw.addWorksheet('Pegawai'); sws.columns = rows[0].map((_, i) => ({ header: 'H' + i, key: 'k' + i, width: 10, style: { numFmt: '@' } }));
for (const r of rows) sws.addRow(r).commit();
await sws.commit(); await sw.commit(); console.log('stream write', Date.now() - s, Buffer.concat(chunks).length);
