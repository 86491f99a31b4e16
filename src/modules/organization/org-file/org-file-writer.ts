/**
 * Writes an OrgPlan as an organisation XLSX file in the shape of the template (instructions sheet, bold
 * frozen headers, text-formatted identifier columns, drop-down lists), so that parsing the file gives the
 * same plan back.
 */

import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import ExcelJS from 'exceljs';
import type { OrgPlan } from '../org-plan.ts';
import {
  ASSIGNMENT_SHEET,
  EMPLOYEE_SHEET,
  NO_TEXT,
  type OrgColumn,
  type OrgSheet,
  POSITION_SHEET,
  type SheetOf,
  UNIT_SHEET,
  YES_TEXT,
} from './org-file-format.ts';
import { addGuideSheet } from './org-file-guide.ts';

/** Options for renderOrgWorkbook. */
export interface RenderOptions {
  /** Open the file on the `Petunjuk` sheet (template) instead of the `Unit` sheet (export). */
  openOnGuide: boolean;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_FORMAT = '@';
/** Drop-down lists cover at least this many rows, so rows typed in later get them too. */
const MIN_VALIDATED_ROWS = 5000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Writes `plan` as an organisation XLSX file that parseOrgFile reads back to an equal plan. */
export function writeOrgFile(plan: OrgPlan): Promise<Buffer> {
  return renderOrgWorkbook(plan, { openOnGuide: false });
}

/** Builds the workbook shared by the template and the export: Petunjuk plus the four data sheets. */
export async function renderOrgWorkbook(plan: OrgPlan, options: RenderOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  addGuideSheet(workbook);
  addDataSheet(workbook, UNIT_SHEET, plan.units);
  addDataSheet(workbook, POSITION_SHEET, plan.positions);
  addDataSheet(workbook, EMPLOYEE_SHEET, plan.employees);
  addDataSheet(workbook, ASSIGNMENT_SHEET, plan.assignments);
  const activeTab = options.openOnGuide ? 0 : 1;
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addDataSheet<Row>(workbook: Workbook, sheet: SheetOf<Row>, rows: readonly Row[]): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  // Column formats also apply to cells typed in later: text keeps leading zeros and all 18 NIP digits.
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: { numFmt: column.kind === 'date' ? DATE_FORMAT : TEXT_FORMAT },
  }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  for (const row of rows) worksheet.addRow(sheet.columns.map((column) => cellOf(column, row[column.key])));
  addDropDowns(worksheet, sheet, rows.length);
}

function cellOf(column: OrgColumn, value: unknown): string | Date | null {
  if (column.kind === 'yesNo') return value ? YES_TEXT : NO_TEXT;
  if (value === null || value === undefined) return null;
  if (column.kind === 'date') return dateOf(String(value));
  return String(value);
}

/** A real date cell, so Excel users get a date picker and sorting; anything not ISO is written as given. */
function dateOf(iso: string): Date | string {
  const match = ISO_DATE.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

/** exceljs keeps data validations on an untyped `dataValidations` property that accepts range addresses. */
type WithValidations = Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };

function addDropDowns(worksheet: Worksheet, sheet: OrgSheet, rowCount: number): void {
  const lastRow = Math.max(rowCount + 1 + MIN_VALIDATED_ROWS, MIN_VALIDATED_ROWS);
  sheet.columns.forEach((column, index) => {
    const choices = column.kind === 'yesNo' ? [YES_TEXT, NO_TEXT] : column.kind === 'choice' ? column.choices : undefined;
    if (!choices) return;
    const letter = worksheet.getColumn(index + 1).letter;
    (worksheet as WithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Pilih salah satu: ${choices.join(', ')}`,
    });
  });
}
