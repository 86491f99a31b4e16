import ExcelJS from 'exceljs';
import { crc32 } from 'node:zlib';
const wb = new ExcelJS.Workbook();
try { await wb.xlsx.load(Buffer.from('hello world this is not a zip')); console.log('loaded', wb.worksheets.length); } catch (e) { console.log('err1', (e as Error).message); }
console.log(typeof crc32);
for (const s of ['198503152010011002','198503152010011000','199001012015031001']) { const n = parseFloat(s); console.log(s, String(n), BigInt(n).toString()); }
const w2 = new ExcelJS.Workbook(); const ws = w2.addWorksheet('X');
console.log(typeof (ws as any).dataValidations?.add);
