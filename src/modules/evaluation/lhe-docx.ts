/** The LHE of a final evaluation as an editable DOCX (package `docx`), with the same content as the PDF. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { LheContent } from './lhe-data.ts';
import { LHE_TEXT, lheFacts, recommendationLine } from './lhe-pdf.ts';

const FONT = 'Arial';

function para(text: string, options: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, font: FONT, size: options.size ?? 22 })],
  });
}

function heading(text: string) {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text, bold: true, font: FONT, size: 24 })],
  });
}

function cell(text: string, bold = false, right = false) {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold, font: FONT, size: 20 })],
      }),
    ],
  });
}

function scoreTable(c: LheContent): Table {
  const row = (cells: [string, string, string], bold: boolean) =>
    new TableRow({ children: [cell(cells[0], bold), cell(cells[1], bold, true), cell(cells[2], bold, true)] });
  const rows = [row(['Komponen / sub-komponen', 'Bobot', 'Nilai'], true)];
  for (const comp of c.components) {
    rows.push(row([comp.name, comp.weight, comp.score], true));
    for (const s of comp.subComponents) rows.push(row([`    ${s.name}`, s.weight, s.score], false));
  }
  rows.push(row(['Nilai akhir', '100', c.total], true));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function coverParagraphs(c: LheContent): Paragraph[] {
  return [
    para(c.regency.toUpperCase(), { bold: true, center: true, size: 26 }),
    para(LHE_TEXT.title, { bold: true, center: true, size: 28 }),
    para(LHE_TEXT.subtitle, { center: true }),
    para(''),
    ...lheFacts(c).map(([label, value]) => para(`${label}: ${value}`)),
  ];
}

function restParagraphs(c: LheContent): Paragraph[] {
  const out = [heading(LHE_TEXT.predikat)];
  out.push(para(`Nilai akhir ${c.total}, predikat ${c.predikat.code} (${c.predikat.label}).`, { bold: true }));
  if (c.predikat.interpretation) out.push(para(c.predikat.interpretation));
  out.push(heading(LHE_TEXT.findings));
  if (c.findings.length === 0) out.push(para(LHE_TEXT.noFindings, { italics: true }));
  for (const f of c.findings)
    out.push(para(`${f.criterionId} ${f.criterionText}`, { bold: true }), para(`${LHE_TEXT.findingKind[f.kind]}: ${f.text}`));
  out.push(heading(LHE_TEXT.recommendations));
  if (c.recommendations.length === 0) out.push(para(LHE_TEXT.noRecommendations, { italics: true }));
  c.recommendations.forEach((r, i) => {
    out.push(para(`${i + 1}. ${r.text}`), para(recommendationLine(r), { italics: true }));
  });
  return out;
}

/** Renders the LHE as DOCX bytes. */
export function renderLheDocx(content: LheContent): Promise<Buffer> {
  const doc = new Document({
    title: `LHE ${content.unitName} ${content.year}`,
    creator: 'Pamong',
    sections: [
      { children: [...coverParagraphs(content), heading(LHE_TEXT.scores), scoreTable(content), ...restParagraphs(content)] },
    ],
  });
  return Packer.toBuffer(doc);
}
