import ExcelJS from 'exceljs';
const rows = Array.from({ length: 22000 }, (_, i) => ['198000000000' + String(i).padStart(6, '0'), null, `Pegawai ${i}`, null, 'S.Kom.', 'Penata', 'III/c', `p${i}@contoh.go.id`, '0812' + i]);
const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Pegawai');
ws.columns = rows[0].map((_, i) => ({ header: 'H' + i, key: 'k' + i, width: 10, style: { numFmt: '@' } }));
for (const r of rows) ws.addRow(r);
for (const opts of [{}, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } }, useSharedStrings: false }, {}]) {
  const s = Date.now(); const b = await wb.xlsx.writeBuffer(opts as any); console.log(JSON.stringify(opts), Date.now() - s, (b as any).length);
}
