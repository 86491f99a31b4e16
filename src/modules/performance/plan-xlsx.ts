/**
 * The plan XLSX (RPJMD of a period, or one OPD's Renstra), pure apart from exceljs. Sheet `Rencana`: Jenis | Kode |
 * Kode Induk | (Renstra: Kode Acuan RPJMD) | Uraian. Sheet `Indikator`: Kode Simpul | Kode Indikator | Indikator |
 * Satuan | Polaritas | Agregasi | Frekuensi | Definisi Operasional | Rumus | IKU | Tahun Baseline | Baseline |
 * Target <year> for each year of the period. Reading gives rows with cell problems; writing gives a file that reads
 * back to the same rows.
 */
import ExcelJS from 'exceljs';
import type { SheetProblem, SheetRow } from './budget-xlsx.ts';
import type { IndicatorFields, NodeKind } from './performance.contract.ts';
import { DOCUMENT_KINDS } from './plan-structure.contract.ts';
import {
  decimalCell,
  FILE_KEYS,
  type FileTarget,
  orderProblems,
  readChoice,
  readCode,
  readDecimal,
  readSheets,
  readTarget,
  readText,
  readYear,
  readYesNo,
  rowReporter,
  targetCell,
} from './plan-xlsx-cells.ts';
import { AGGREGATION_WORDS, FREQUENCY_WORDS, KIND_WORDS, POLARITY_WORDS, planGuide, wordOf } from './plan-xlsx-words.ts';

/** Which plan a file holds, and the years of its period (one target column each). */
export interface PlanLayout {
  readonly document: 'rpjmd' | 'renstra';
  readonly years: readonly number[];
}

/** Sheet names. */
export const PLAN_SHEETS = { nodes: 'Rencana', indicators: 'Indikator' } as const;
/** Headers of the `Rencana` sheet (the acuan column only in a Renstra file). */
export const NODE_COLUMNS = {
  kind: 'Jenis',
  code: 'Kode',
  parent: 'Kode Induk',
  derives: 'Kode Acuan RPJMD',
  title: 'Uraian',
} as const;
/** Headers of the `Indikator` sheet before the target columns. */
export const INDICATOR_COLUMNS = {
  node: 'Kode Simpul',
  code: 'Kode Indikator',
  name: 'Indikator',
  unit: 'Satuan',
  polarity: 'Polaritas',
  aggregation: 'Agregasi',
  frequency: 'Frekuensi',
  definition: 'Definisi Operasional',
  formula: 'Rumus',
  iku: 'IKU',
  baselineYear: 'Tahun Baseline',
  baseline: 'Baseline',
} as const;

/** Header of a year's target column. */
export const targetHeader = (year: number) => `Target ${year}`;

/** A node row. */
export interface FileNode {
  row: number;
  kind: NodeKind;
  code: string;
  parentCode: string | null;
  derivesCode: string | null;
  title: string;
}

/** An indicator row: the manual columns and one target (or null) per year of the layout. */
export interface FileIndicator {
  row: number;
  nodeCode: string;
  code: string | null;
  name: string;
  unitOfMeasure: string;
  polarity: IndicatorFields['polarity'];
  aggregation: IndicatorFields['aggregation'];
  frequency: IndicatorFields['frequency'];
  operationalDefinition: string | null;
  formulaText: string | null;
  isIku: boolean;
  baselineYear: number | null;
  baselineValue: string | null;
  targets: (FileTarget | null)[];
}

/** What a plan file holds: valid rows, how many rows there were, problems, and every node code written. */
export interface PlanFile {
  nodes: FileNode[];
  indicators: FileIndicator[];
  rows: number;
  problems: SheetProblem[];
  /** Codes of every node row, also of rows with problems (so references to them are not reported twice). */
  codesInFile: Set<string>;
}

/** The headers of both sheets of a layout, in sheet order. */
export function planSheets(layout: PlanLayout): { name: string; headers: string[] }[] {
  const node = Object.values(NODE_COLUMNS).filter((h) => layout.document === 'renstra' || h !== NODE_COLUMNS.derives);
  return [
    { name: PLAN_SHEETS.nodes, headers: node },
    { name: PLAN_SHEETS.indicators, headers: [...Object.values(INDICATOR_COLUMNS), ...layout.years.map(targetHeader)] },
  ];
}

/** Reads a plan file: every cell checked on its own (cross-row and database checks come after). */
export async function parsePlanFile(data: Buffer, layout: PlanLayout): Promise<PlanFile> {
  const specs = planSheets(layout);
  const [nodeSheet, indicatorSheet] = await readSheets(data, specs);
  const problems = [...(nodeSheet?.problems ?? []), ...(indicatorSheet?.problems ?? [])];
  const out: PlanFile = { nodes: [], indicators: [], rows: 0, problems, codesInFile: new Set() };
  if (!nodeSheet || !indicatorSheet || problems.some((p) => p.row === 1 || p.row === null)) return out;
  out.rows = nodeSheet.rows.length + indicatorSheet.rows.length;
  if (out.rows === 0) problems.push({ sheet: nodeSheet.sheet, row: null, column: null, key: `${FILE_KEYS}empty` });
  for (const raw of nodeSheet.rows) {
    const node = readNodeRow(raw, layout, rowReporter(problems, nodeSheet.sheet, raw, specs[0]!.headers), out.codesInFile);
    if (node) out.nodes.push(node);
  }
  for (const raw of indicatorSheet.rows) {
    const at = rowReporter(problems, indicatorSheet.sheet, raw, specs[1]!.headers);
    const indicator = readIndicatorRow(raw, layout, at);
    if (indicator) out.indicators.push(indicator);
  }
  const bad = new Set(problems.map((p) => `${p.sheet}/${p.row}`));
  out.nodes = out.nodes.filter((n) => !bad.has(`${nodeSheet.sheet}/${n.row}`));
  out.indicators = out.indicators.filter((i) => !bad.has(`${indicatorSheet.sheet}/${i.row}`));
  out.problems = orderProblems(problems, specs);
  return out;
}

function readNodeRow(raw: SheetRow, layout: PlanLayout, at: ReturnType<typeof rowReporter>, codes: Set<string>): FileNode | null {
  const cells = raw.cells;
  const renstra = layout.document === 'renstra';
  const kind = readChoice(cells[0] ?? null, NODE_COLUMNS.kind, KIND_WORDS, at);
  if (kind && !DOCUMENT_KINDS[layout.document].includes(kind)) at(NODE_COLUMNS.kind, 'performance.kindNotInDocument');
  const code = readCode(cells[1] ?? null, NODE_COLUMNS.code, true, at);
  if (code) codes.add(code);
  const parentCode = readCode(cells[2] ?? null, NODE_COLUMNS.parent, false, at);
  const derivesCode = renstra ? readCode(cells[3] ?? null, NODE_COLUMNS.derives, false, at) : null;
  const title = readText(cells[renstra ? 4 : 3] ?? null, NODE_COLUMNS.title, { required: true, max: 1000 }, at);
  if (!kind || !code || !title || raw.flagged.size > 0) return null;
  return { row: raw.row, kind, code, parentCode, derivesCode, title };
}

function readIndicatorRow(raw: SheetRow, layout: PlanLayout, at: ReturnType<typeof rowReporter>): FileIndicator | null {
  const [node = null, code = null, name = null, unit = null, polarity = null, aggregation = null, ...rest] = raw.cells;
  const [frequency = null, definition = null, formula = null, iku = null, baseYear = null, base = null, ...years] = rest;
  const C = INDICATOR_COLUMNS;
  const row = {
    row: raw.row,
    nodeCode: readCode(node, C.node, true, at),
    code: readCode(code, C.code, false, at),
    name: readText(name, C.name, { required: true, max: 1000 }, at),
    unitOfMeasure: readText(unit, C.unit, { required: true, max: 60 }, at),
    polarity: readChoice(polarity, C.polarity, POLARITY_WORDS, at),
    aggregation: readChoice(aggregation, C.aggregation, AGGREGATION_WORDS, at),
    frequency: readChoice(frequency, C.frequency, FREQUENCY_WORDS, at),
    operationalDefinition: readText(definition, C.definition, { required: false, max: 4000 }, at),
    formulaText: readText(formula, C.formula, { required: false, max: 2000 }, at),
    isIku: readYesNo(iku, C.iku, at),
    baselineYear: readYear(baseYear, C.baselineYear, at),
    baselineValue: readDecimal(base, C.baseline, at),
    targets: layout.years.map((year, i) => readTarget(years[i] ?? null, targetHeader(year), at)),
  };
  const { nodeCode, name: n, unitOfMeasure: u, polarity: p, aggregation: a, frequency: f } = row;
  if (!nodeCode || !n || !u || !p || !a || !f || raw.flagged.size > 0) return null;
  return { ...row, nodeCode, name: n, unitOfMeasure: u, polarity: p, aggregation: a, frequency: f };
}

/** Writes a plan as a workbook parsePlanFile reads back to the same rows. */
export async function writePlanFile(
  layout: PlanLayout,
  nodes: readonly Omit<FileNode, 'row'>[],
  indicators: readonly Omit<FileIndicator, 'row'>[],
): Promise<Buffer> {
  const [nodeSpec, indicatorSpec] = planSheets(layout);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  const nodeSheet = addTable(workbook, nodeSpec!.name, nodeSpec!.headers, (h) => (h === NODE_COLUMNS.title ? 80 : 16));
  nodeSheet.columns.forEach((column) => {
    column.numFmt = '@';
  });
  for (const n of nodes)
    nodeSheet.addRow([
      wordOf(KIND_WORDS, n.kind),
      n.code,
      n.parentCode ?? '',
      ...(layout.document === 'renstra' ? [n.derivesCode ?? ''] : []),
      n.title,
    ]);
  const textColumns = Object.values(INDICATOR_COLUMNS).filter((h) => h !== INDICATOR_COLUMNS.baseline);
  const sheet = addTable(workbook, indicatorSpec!.name, indicatorSpec!.headers, (h) => (h === INDICATOR_COLUMNS.name ? 60 : 16));
  textColumns.forEach((h) => {
    sheet.getColumn(indicatorSpec!.headers.indexOf(h) + 1).numFmt = '@';
  });
  for (const i of indicators)
    sheet.addRow([
      i.nodeCode,
      i.code ?? '',
      i.name,
      i.unitOfMeasure,
      wordOf(POLARITY_WORDS, i.polarity),
      wordOf(AGGREGATION_WORDS, i.aggregation),
      wordOf(FREQUENCY_WORDS, i.frequency),
      i.operationalDefinition ?? '',
      i.formulaText ?? '',
      i.isIku ? 'ya' : 'tidak',
      i.baselineYear,
      decimalCell(i.baselineValue),
      ...i.targets.map(targetCell),
    ]);
  const guide = workbook.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 120;
  for (const line of planGuide(layout.document)) guide.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], width: (h: string) => number) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, key: `c${i}`, width: width(header) }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
