/** The lembar disposisi (disposition sheet) of an incoming letter as a PDF, set in Arimo with pdfkit. */
import PDFDocument from 'pdfkit';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { registerArimo, setFont } from '../../platform/pdf/fonts.ts';
import { formatIndonesianDate } from '../../platform/pdf/index.ts';
import { getTenant } from '../organization/index.ts';
import type { DispositionView } from './correspondence.contract.ts';
import { letterTracking } from './tracking.queries.ts';

const SECURITY_LABELS = { biasa: 'Biasa', terbatas: 'Terbatas', rahasia: 'Rahasia', sangat_rahasia: 'Sangat Rahasia' } as const;
const URGENCY_LABELS = { biasa: 'Biasa', segera: 'Segera', sangat_segera: 'Sangat Segera' } as const;
const MARGIN = 56;

/** What the sheet prints: the regency, the agenda facts and the disposition tree. */
export interface LembarContent {
  readonly regency: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly dispositions: readonly DispositionView[];
}

const dateText = (iso: string | null) => (iso ? formatIndonesianDate(iso) : '-');

function writeFacts(doc: PDFKit.PDFDocument, facts: LembarContent['facts']) {
  for (const [label, value] of facts) {
    const y = doc.y;
    setFont(doc, 'bold', 10);
    doc.text(label, MARGIN, y, { width: 130 });
    setFont(doc, 'regular', 10);
    doc.text(`: ${value}`, MARGIN + 135, y, { width: doc.page.width - MARGIN * 2 - 135 });
    doc.moveDown(0.3);
  }
}

function writeDisposition(doc: PDFKit.PDFDocument, d: DispositionView) {
  const indent = MARGIN + Math.min(d.depth, 4) * 18;
  const width = doc.page.width - indent - MARGIN;
  setFont(doc, 'bold', 10);
  const lead = d.leading ? ' (penanggung jawab)' : '';
  doc.text(`${d.fromPosition.name} → ${d.toPosition.name}${lead}`, indent, doc.y, { width });
  setFont(doc, 'regular', 9.5);
  const lines = [
    `Oleh: ${d.fromName} · ${formatIndonesianDate(d.createdAt.slice(0, 10))}`,
    `Instruksi: ${d.instructions.map((i) => i.label).join(', ') || '-'}`,
    `Catatan: ${d.note ?? '-'}`,
    `Batas waktu: ${dateText(d.deadline)} · Status: ${d.status}`,
  ];
  if (d.completionNote) lines.push(`Tindak lanjut: ${d.completionNote}`);
  for (const line of lines) doc.text(line, indent, doc.y, { width });
  doc.moveDown(0.6);
}

/** Renders the sheet; pure apart from pdfkit, so a unit test can read it back. */
export function renderLembarDisposisi(content: LembarContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: true, info: { Title: 'Lembar Disposisi' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerArimo(doc);
  setFont(doc, 'bold', 13);
  doc.text(content.regency.toUpperCase(), { align: 'center' });
  doc.moveDown(0.3);
  setFont(doc, 'bold', 12);
  doc.text('LEMBAR DISPOSISI', { align: 'center' });
  doc.moveDown(1);
  writeFacts(doc, content.facts);
  doc.moveDown(0.8);
  setFont(doc, 'bold', 11);
  doc.text('Diteruskan kepada', MARGIN, doc.y);
  doc.moveDown(0.4);
  if (content.dispositions.length === 0) {
    setFont(doc, 'italic', 10);
    doc.text('Belum ada disposisi.', MARGIN, doc.y);
  }
  for (const d of content.dispositions) writeDisposition(doc, d);
  doc.end();
  return done;
}

/** The lembar disposisi of a letter visible to me. */
export async function lembarDisposisi(ctx: RequestContext, letterId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const { row, dispositions } = await letterTracking(ctx, letterId);
  const tenant = await getTenant(ctx, ctx.tenantId);
  const sender = row.sender_contact_id
    ? await tenantDb(ctx)
        .selectFrom('contacts')
        .select(['name', 'organisation'])
        .where('id', '=', row.sender_contact_id)
        .executeTakeFirst()
    : undefined;
  const facts: [string, string][] = [
    ['Nomor Agenda', row.agenda_number ?? '-'],
    ['Tanggal Terima', dateText(row.received_on)],
    ['Nomor Surat', row.their_number ?? '-'],
    ['Tanggal Surat', dateText(row.their_date)],
    ['Asal Surat', [sender?.organisation, sender?.name].filter(Boolean).join(' — ') || '-'],
    ['Hal', row.hal],
    ['Sifat', `${SECURITY_LABELS[row.security]} · ${URGENCY_LABELS[row.urgency]}`],
  ];
  const pdf = await renderLembarDisposisi({ regency: `Pemerintah ${tenant.name}`, facts, dispositions });
  return { pdf, fileName: `lembar-disposisi-${(row.agenda_number ?? row.id).replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf` };
}
