/**
 * Test helpers for the organisation file: a small valid file as editable cell arrays, a builder that turns
 * such arrays into XLSX bytes with exceljs, and a minimal zip writer for "a zip that is not a workbook".
 */
import { crc32 } from 'node:zlib';
import type { CellValue } from 'exceljs';
import ExcelJS from 'exceljs';
import { ORG_SHEETS, type OrgSheetName } from './org-file-format.ts';
import { type OrgFileParseResult, parseOrgFile } from './org-file-parser.ts';

/** Rows of cells per sheet name; row 0 is the header row. */
export type SheetCells = Record<string, CellValue[][]>;

/** Header row of `sheet` as the format defines it. */
export function headerOf(sheet: OrgSheetName): string[] {
  return ORG_SHEETS.find((candidate) => candidate.name === sheet)!.columns.map((column) => column.header);
}

/**
 * A valid file: Excel row 2 is index 1. Units SETDA ← BAG-ORG and DISKOMINFO; one head position each;
 * three employees (the last one unassigned); a definitive and a Plt assignment.
 */
export function validCells(): Record<OrgSheetName, CellValue[][]> {
  return {
    Unit: [
      headerOf('Unit'),
      ['SETDA', 'Sekretariat Daerah', null, 'sekretariat', null],
      ['BAG-ORG', 'Bagian Organisasi', 'SETDA', 'bagian', null],
      ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', null, 'dinas', '33.13'],
    ],
    Jabatan: [
      headerOf('Jabatan'),
      ['SEKDA', 'Sekretaris Daerah', 'SETDA', 'II.a', 'Ya'],
      ['KABAG-ORG', 'Kepala Bagian Organisasi', 'BAG-ORG', 'III.a', 'Ya'],
      ['KADIS-KOMINFO', 'Kepala Dinas Komunikasi dan Informatika', 'DISKOMINFO', 'II.b', 'Ya'],
    ],
    Pegawai: [
      headerOf('Pegawai'),
      [
        '198503152010011002',
        '3313011503850001',
        'Budi Santoso',
        'Dr.',
        'S.Kom., M.T.',
        'Pembina Utama Muda',
        'IV/c',
        'budi@contoh.go.id',
        '081234567890',
      ],
      ['199001012015032001', null, 'Siti Aminah', null, 'S.IP.', 'Penata', 'III/c', null, null],
      ['196705121990031003', null, 'Agus Salim', null, null, 'Pembina', 'IV/a', null, null],
    ],
    Penugasan: [
      headerOf('Penugasan'),
      ['SEKDA', '198503152010011002', 'definitif', '2023-01-02', null, '800/1/2023'],
      ['KABAG-ORG', '199001012015032001', 'plt', '2024-03-01', '2024-08-31', '800/2/2024'],
    ],
  };
}

/** Writes the given sheets (in the given order) to XLSX bytes. */
export async function xlsxOf(sheets: SheetCells): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((cells, index) => {
      cells.forEach((value, column) => {
        if (value !== null && value !== undefined) worksheet.getCell(index + 1, column + 1).value = value;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Parses validCells() after `edit` changed them in place. */
export async function parseEdited(edit: (cells: Record<OrgSheetName, CellValue[][]>) => void): Promise<OrgFileParseResult> {
  const cells = validCells();
  edit(cells);
  return parseOrgFile(await xlsxOf(cells));
}

/** A stored (uncompressed) zip archive holding `files`; valid as a zip, but not a workbook. */
export function zipOf(files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 16, 14, 26); // crc, compressed and uncompressed sizes
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    directory.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length / 2, 8);
  end.writeUInt16LE(directory.length / 2, 10);
  end.writeUInt32LE(Buffer.concat(directory).length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
