import ExcelJS from 'exceljs';
const w = new ExcelJS.Workbook(); const ws = w.addWorksheet('A'); ws.getCell('A1').value = 'Bu\u007Fdi\u0085x\u001by';
const r = new ExcelJS.Workbook(); await r.xlsx.load(await w.xlsx.writeBuffer() as any); console.log(JSON.stringify(r.getWorksheet('A')!.getCell('A1').value));
