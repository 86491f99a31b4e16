import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
process.on('unhandledRejection', (e) => console.log('UNHANDLED REJECTION', e));
process.on('uncaughtException', (e) => console.log('UNCAUGHT', e));
const opts = { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks', 'extLst'], maxRows: 200000 } as any;
async function read(buf: Buffer) { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(buf, opts); return wb.worksheets.map((w) => w.name + ':' + w.rowCount); }
const w = new ExcelJS.Workbook(); const ws = w.addWorksheet('Unit'); for (let i = 0; i < 2000; i++) ws.addRow(['a' + i, 'nama ' + i, i, new Date()]);
(ws as any).dataValidations.add('C2:C1048576', { type: 'list', allowBlank: true, formulae: ['"a,b,c"'] });
ws.mergeCells('F1:F3');
const good = Buffer.from(await w.xlsx.writeBuffer());
const cases: Record<string, Buffer> = { good, random: randomBytes(5000), empty: Buffer.alloc(0), text: Buffer.from('hello'), truncated: good.subarray(0, good.length / 2), truncatedEnd: good.subarray(0, good.length - 30) };
for (let k = 0; k < 40; k++) { const b = Buffer.from(good); for (let j = 0; j < 5; j++) b[Math.floor(Math.random() * b.length)] ^= 0xff; cases['flip' + k] = b; }
for (const [name, buf] of Object.entries(cases)) {
  const t = Date.now();
  try { const r = await Promise.race([read(buf), new Promise((_, rej) => setTimeout(() => rej(new Error('TIMEOUT')), 5000))]); console.log(name, 'ok', JSON.stringify(r), Date.now() - t); }
  catch (e) { console.log(name, 'err', (e as Error).message.slice(0, 80), Date.now() - t); }
}
