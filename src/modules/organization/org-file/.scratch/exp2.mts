import ExcelJS from 'exceljs';
import { crc32 } from 'node:zlib';
function zip(files: Record<string,string>): Buffer {
  const locals: Buffer[] = []; const centrals: Buffer[] = []; let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text); const nameBuf = Buffer.from(name); const crc = crc32(data);
    const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50,0); local.writeUInt16LE(20,4); local.writeUInt32LE(crc,14); local.writeUInt32LE(data.length,18); local.writeUInt32LE(data.length,22); local.writeUInt16LE(nameBuf.length,26);
    const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50,0); central.writeUInt16LE(20,4); central.writeUInt16LE(20,6); central.writeUInt32LE(crc,16); central.writeUInt32LE(data.length,20); central.writeUInt32LE(data.length,24); central.writeUInt16LE(nameBuf.length,28); central.writeUInt32LE(offset,42);
    locals.push(local, nameBuf, data); centrals.push(central, nameBuf); offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals); const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50,0); end.writeUInt16LE(Object.keys(files).length,8); end.writeUInt16LE(Object.keys(files).length,10); end.writeUInt32LE(cd.length,12); end.writeUInt32LE(offset,16);
  return Buffer.concat([...locals, cd, end]);
}
const wb = new ExcelJS.Workbook();
try { await wb.xlsx.load(zip({'hello.txt':'hi', 'word/document.xml':'<x/>'})); console.log('loaded', wb.worksheets.length); } catch (e) { console.log('err', (e as Error).message); }
const w3 = new ExcelJS.Workbook();
try { await w3.xlsx.load(zip({'[Content_Types].xml':'<bad', 'xl/workbook.xml':'<<<'})); console.log('loaded3', w3.worksheets.length); } catch (e) { console.log('err3', (e as Error).message); }
// roundtrip features
const w = new ExcelJS.Workbook(); const ws = w.addWorksheet('A');
ws.getCell('A1').value = { richText: [{ text: 'Ko' }, { text: 'de', font: { bold: true } }] };
ws.getCell('A2').value = { text: 'a@b.id', hyperlink: 'mailto:a@b.id' };
ws.getCell('A3').value = { formula: 'B3&"x"', result: 'yx' } as any;
ws.getCell('A4').value = new Date(Date.UTC(2024, 0, 15)); ws.getCell('A4').numFmt = 'yyyy-mm-dd';
ws.getCell('A5').value = 45292;
ws.getCell('A6').value = { error: '#N/A' } as any;
ws.getCell('A7').value = '\u0001abc';
ws.getCell('A8').value = true;
ws.getColumn(2).numFmt = '@';
ws.getCell('B2').value = '001';
(ws as any).dataValidations.add('C2:C10000', { type: 'list', allowBlank: true, formulae: ['"a,b,c"'] });
ws.views = [{ state: 'frozen', ySplit: 1 }];
const buf = await w.xlsx.writeBuffer();
const r = new ExcelJS.Workbook(); await r.xlsx.load(buf as any);
const rs = r.getWorksheet('A')!;
for (let i = 1; i <= 8; i++) { const c = rs.getCell('A' + i); console.log(i, c.type, JSON.stringify(c.value), c.text); }
console.log(rs.getCell('B2').value, rs.getCell('B5').numFmt, JSON.stringify((rs as any).dataValidations.model).slice(0,200));
