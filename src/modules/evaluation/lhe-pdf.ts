/** The LHE (Laporan Hasil Evaluasi) of a final evaluation as a PDF, set in Arimo with pdfkit like the lembar disposisi. */
import PDFDocument from 'pdfkit';
import { registerArimo, setFont } from '../../platform/pdf/fonts.ts';
import { formatIndonesianDate } from '../../platform/pdf/index.ts';
import type { LheContent, LheFinding } from './lhe-data.ts';

const MARGIN = 56;
const STATUS_LABELS = { open: 'Belum ditindaklanjuti', in_progress: 'Dalam proses', done: 'Selesai' } as const;

/** Section titles and labels shared by the PDF and the DOCX. */
export const LHE_TEXT = {
  title: 'LAPORAN HASIL EVALUASI',
  subtitle: 'Akuntabilitas Kinerja Instansi Pemerintah (AKIP)',
  scores: 'A. Nilai per Komponen',
  predikat: 'B. Nilai Akhir dan Predikat',
  findings: 'C. Catatan atas Kriteria',
  recommendations: 'D. Rekomendasi',
  noFindings: 'Tidak ada catatan kerangka logis atau catatan evaluator.',
  noRecommendations: 'Tidak ada rekomendasi.',
  findingKind: {
    kerangka_logis_self: 'Kerangka logis (nilai usulan)',
    kerangka_logis_final: 'Kerangka logis (nilai penetapan)',
    note: 'Catatan evaluator',
  } satisfies Record<LheFinding['kind'], string>,
  status: STATUS_LABELS,
};

/** The cover facts as label/value pairs. */
export function lheFacts(c: LheContent): [string, string][] {
  return [
    ['Perangkat Daerah', c.unitName],
    ['Tahun', String(c.year)],
    ['Lembar kerja', c.templateName],
    ['Tanggal final', formatIndonesianDate(c.finalisedAt.slice(0, 10))],
  ];
}

/** One recommendation as a line of text (person in charge, deadline, status). */
export function recommendationLine(r: LheContent['recommendations'][number]): string {
  const ref = r.reference ? ` [${r.reference}]` : '';
  const status = `${STATUS_LABELS[r.status as keyof typeof STATUS_LABELS] ?? r.status}, ${r.progress}%`;
  return `Penanggung jawab: ${r.personInCharge || '-'}; batas waktu: ${formatIndonesianDate(r.deadline)}; status: ${status}${ref}`;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.8);
  ensureRoom(doc, 40);
  setFont(doc, 'bold', 11.5);
  doc.text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
}

/** A row of three columns: name (wrapping), weight and score (right-aligned). */
function scoreRow(doc: PDFKit.PDFDocument, cells: [string, string, string], style: 'regular' | 'bold', indent = 0) {
  const width = doc.page.width - MARGIN * 2;
  const nameWidth = width - 140 - indent;
  setFont(doc, style, 10);
  const height = Math.max(doc.heightOfString(cells[0], { width: nameWidth }), 12) + 4;
  ensureRoom(doc, height);
  const y = doc.y;
  doc.text(cells[0], MARGIN + indent, y, { width: nameWidth });
  doc.text(cells[1], MARGIN + width - 140, y, { width: 60, align: 'right' });
  doc.text(cells[2], MARGIN + width - 70, y, { width: 70, align: 'right' });
  doc.y = y + height;
}

function writeCover(doc: PDFKit.PDFDocument, c: LheContent) {
  setFont(doc, 'bold', 13);
  doc.text(c.regency.toUpperCase(), { align: 'center' });
  doc.moveDown(0.3);
  setFont(doc, 'bold', 14);
  doc.text(LHE_TEXT.title, { align: 'center' });
  setFont(doc, 'regular', 11);
  doc.text(LHE_TEXT.subtitle, { align: 'center' });
  doc.moveDown(1);
  for (const [label, value] of lheFacts(c)) {
    const y = doc.y;
    setFont(doc, 'bold', 10);
    doc.text(label, MARGIN, y, { width: 130 });
    setFont(doc, 'regular', 10);
    doc.text(`: ${value}`, MARGIN + 135, y, { width: doc.page.width - MARGIN * 2 - 135 });
    doc.moveDown(0.2);
  }
}

function writeScores(doc: PDFKit.PDFDocument, c: LheContent) {
  heading(doc, LHE_TEXT.scores);
  scoreRow(doc, ['Komponen / sub-komponen', 'Bobot', 'Nilai'], 'bold');
  for (const comp of c.components) {
    scoreRow(doc, [comp.name, comp.weight, comp.score], 'bold');
    for (const s of comp.subComponents) scoreRow(doc, [s.name, s.weight, s.score], 'regular', 14);
  }
  scoreRow(doc, ['Nilai akhir', '100', c.total], 'bold');
}

function writeParagraph(doc: PDFKit.PDFDocument, text: string, style: 'regular' | 'bold' | 'italic' = 'regular') {
  setFont(doc, style, 10);
  ensureRoom(doc, doc.heightOfString(text, { width: doc.page.width - MARGIN * 2 }));
  doc.text(text, MARGIN, doc.y, { width: doc.page.width - MARGIN * 2 });
}

function writeRest(doc: PDFKit.PDFDocument, c: LheContent) {
  heading(doc, LHE_TEXT.predikat);
  writeParagraph(doc, `Nilai akhir ${c.total}, predikat ${c.predikat.code} (${c.predikat.label}).`, 'bold');
  if (c.predikat.interpretation) writeParagraph(doc, c.predikat.interpretation);
  heading(doc, LHE_TEXT.findings);
  if (c.findings.length === 0) writeParagraph(doc, LHE_TEXT.noFindings, 'italic');
  for (const f of c.findings) {
    writeParagraph(doc, `${f.criterionId} ${f.criterionText}`, 'bold');
    writeParagraph(doc, `${LHE_TEXT.findingKind[f.kind]}: ${f.text}`);
    doc.moveDown(0.3);
  }
  heading(doc, LHE_TEXT.recommendations);
  if (c.recommendations.length === 0) writeParagraph(doc, LHE_TEXT.noRecommendations, 'italic');
  c.recommendations.forEach((r, i) => {
    writeParagraph(doc, `${i + 1}. ${r.text}`);
    writeParagraph(doc, recommendationLine(r), 'italic');
    doc.moveDown(0.3);
  });
}

/** Renders the LHE; pure apart from pdfkit, so a test can read it back with pdftotext. */
export function renderLhePdf(content: LheContent): Promise<Buffer> {
  const title = `LHE ${content.unitName} ${content.year}`;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: true, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerArimo(doc);
  writeCover(doc, content);
  writeScores(doc, content);
  writeRest(doc, content);
  doc.end();
  return done;
}

/** A file name for the LHE of an OPD and year. */
export function lheFileName(content: LheContent, ext: 'pdf' | 'docx'): string {
  return `lhe-${content.unitName}-${content.year}`
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .toLowerCase()
    .concat(`.${ext}`);
}
