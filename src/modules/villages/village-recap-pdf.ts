/** The printable recap of a year's village ranking (A4, Arimo, pdfkit), read back in tests with pdftotext. */
import PDFDocument from 'pdfkit';
import type { RequestContext } from '../../platform/access/context.ts';
import { registerArimo, setFont } from '../../platform/pdf/fonts.ts';
import { getTenant } from '../organization/index.ts';
import { enforceIdm } from './idm.policy.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import { bandViews, loadBands } from './village-bands.service.ts';
import type { RankingRowView, VillageBandView } from './village-evaluation.contract.ts';
import { mayReadVillageResults } from './village-evaluation.policy.ts';
import { rankedRows } from './village-ranking.queries.ts';

const MARGIN = 48;
/** Column widths of the ranking table: rank, desa, kecamatan, score, band. */
const COLUMNS = [56, 160, 150, 60, 73] as const;

/** What the recap shows. */
export interface VillageRecap {
  readonly regency: string;
  readonly year: number;
  readonly bands: readonly VillageBandView[];
  readonly rows: readonly RankingRowView[];
  readonly notEvaluated: number;
}

/** The recap content of a year, for regency staff and DPMD. */
export async function villageRecap(ctx: RequestContext, year: number): Promise<VillageRecap> {
  enforceIdm(mayReadVillageResults(await currentIdmViewer(ctx)));
  const loaded = await loadBands(ctx);
  const { rows, notEvaluated } = await rankedRows(ctx, year, loaded);
  const regency = `Pemerintah ${(await getTenant(ctx, ctx.tenantId)).name}`;
  return { regency, year, bands: bandViews(loaded.bands), rows, notEvaluated };
}

function tableRow(doc: PDFKit.PDFDocument, cells: readonly string[], style: 'regular' | 'bold') {
  setFont(doc, style, 9.5);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: COLUMNS[i]! - 6 })), 11) + 4;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.text(cell, x, y, { width: COLUMNS[i]! - 6, align: i === 0 || i === 3 ? 'right' : 'left' });
    x += COLUMNS[i]!;
  });
  doc.y = y + height;
}

function writeHeader(doc: PDFKit.PDFDocument, recap: VillageRecap) {
  setFont(doc, 'bold', 13);
  doc.text(recap.regency.toUpperCase(), { align: 'center' });
  setFont(doc, 'bold', 12);
  doc.text(`REKAP EVALUASI DAN PERINGKAT SAKIP DESA TAHUN ${recap.year}`, { align: 'center' });
  doc.moveDown(0.8);
  setFont(doc, 'regular', 9.5);
  for (const b of recap.bands) {
    const inferred = b.inferred ? ' (batas perkiraan)' : '';
    doc.text(`${b.label}: ${b.from}–${b.to}${inferred}`, MARGIN, doc.y);
  }
  doc.text(`Desa belum dievaluasi (final): ${recap.notEvaluated}`, MARGIN, doc.y);
  doc.moveDown(0.8);
}

/** Renders the recap; pure apart from pdfkit. */
export function renderVillageRecapPdf(recap: VillageRecap): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Peringkat SAKIP Desa ${recap.year}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerArimo(doc);
  writeHeader(doc, recap);
  tableRow(doc, ['Peringkat', 'Desa', 'Kecamatan', 'Nilai', 'Kategori'], 'bold');
  for (const r of recap.rows) tableRow(doc, [String(r.rank), r.name, r.kecamatanName ?? '-', r.score, r.band.label], 'regular');
  if (recap.rows.length === 0) tableRow(doc, ['-', 'Belum ada evaluasi final', '', '', ''], 'regular');
  doc.end();
  return done;
}
