import { drawFields } from './draw-fields.ts';
import { type SigningPlace, signingPlace } from './header-fields.ts';
import { CONTENT, PAGE_HEIGHT, SIGNATURE_SLOT_HEIGHT, SIGNER_COLUMNS } from './layout-constants.ts';
import { toPdfRect } from './layout-geometry.ts';
import type { NaskahContent, SignatureSlot } from './naskah-model.ts';
import { BODY, BODY_BOLD, type Column, currentPage, ensureSpace, lineHeight, measureText, writeText } from './page-writer.ts';
import { type SignatureText, type SignerColumn, signatureText, signerColumnBox, signerPositions } from './signature-lines.ts';

const SLOT_PADDING = 4;
const GAP_BEFORE = 12;
const ROW_GAP = 24;
const PLACE_GAP = 6;
const CENTRED = { align: 'center' } as const;

/** One signer's text, column and measured parts. */
interface PlacedSigner {
  readonly index: number;
  readonly text: SignatureText;
  readonly box: Column;
  readonly capacityHeight: number;
  readonly identityHeight: number;
}

function linesHeight(doc: PDFKit.PDFDocument, lines: readonly string[], box: Column): number {
  return lines.reduce((total, line) => total + measureText(doc, line, BODY, box, CENTRED), 0);
}

function placeSigner(doc: PDFKit.PDFDocument, text: SignatureText, column: SignerColumn, index: number): PlacedSigner {
  const offset = signerColumnBox(column, CONTENT.width, SIGNER_COLUMNS);
  const box = { x: CONTENT.x + offset.x, width: offset.width };
  const identityHeight = measureText(doc, text.name, BODY_BOLD, box, CENTRED) + linesHeight(doc, text.details, box);
  return { index, text, box, capacityHeight: linesHeight(doc, text.capacity, box), identityHeight };
}

/** Draws one block: capacity lines from `top`, the blank slot from `slotTop`, then name, pangkat and NIP. */
function drawBlock(doc: PDFKit.PDFDocument, signer: PlacedSigner, top: number, slotTop: number): SignatureSlot {
  let y = top;
  for (const line of signer.text.capacity) {
    writeText(doc, line, BODY, signer.box, CENTRED, y);
    y = doc.y;
  }
  // SECURITY: nothing is drawn in the slot, so the visible e-signature (QR + text) stamped here at signing
  // cannot be mistaken for, or overlap, pre-printed content.
  const { box } = signer;
  const rect = toPdfRect({ x: box.x, top: slotTop, width: box.width, height: SIGNATURE_SLOT_HEIGHT }, PAGE_HEIGHT);
  writeText(
    doc,
    signer.text.name,
    BODY_BOLD,
    box,
    { ...CENTRED, underline: true },
    slotTop + SIGNATURE_SLOT_HEIGHT + SLOT_PADDING,
  );
  for (const line of signer.text.details) writeText(doc, line, BODY, box, CENTRED);
  return { signerIndex: signer.index, page: currentPage(doc), rect };
}

function placeHeight(doc: PDFKit.PDFDocument, place: SigningPlace | undefined, box: Column): number {
  if (!place) return 0;
  if (place.kind === 'dated') return measureText(doc, place.line, BODY, box, CENTRED) + PLACE_GAP;
  return place.rows.length * lineHeight(doc, BODY) + PLACE_GAP;
}

function drawPlace(doc: PDFKit.PDFDocument, place: SigningPlace | undefined, box: Column): void {
  if (!place) return;
  if (place.kind === 'dated') writeText(doc, place.line, BODY, box, CENTRED);
  else drawFields(doc, place.rows, { column: box, textStyle: BODY, align: 'left', maxLabelShare: 0.5, rowGap: 0 });
  doc.y += PLACE_GAP;
}

/** Draws one row of blocks with their slots (and so their names) level, keeping the row on one page. */
function drawRow(doc: PDFKit.PDFDocument, members: readonly PlacedSigner[], place: SigningPlace | undefined): SignatureSlot[] {
  const placeBox = members[members.length - 1].box;
  const capacity = Math.max(...members.map((member) => member.capacityHeight));
  const identity = Math.max(...members.map((member) => member.identityHeight));
  const height = capacity + 2 * SLOT_PADDING + SIGNATURE_SLOT_HEIGHT + identity;
  ensureSpace(doc, placeHeight(doc, place, placeBox) + height);
  drawPlace(doc, place, placeBox);
  const top = doc.y;
  const slots = members.map((member) => drawBlock(doc, member, top, top + capacity + SLOT_PADDING));
  doc.x = CONTENT.x;
  doc.y = top + height;
  return slots;
}

/**
 * Draws the signature blocks (one at the right, two side by side, more in rows of two) and returns each
 * signer's blank slot. A row of blocks never splits across pages; the place/date line stays with the first row.
 */
export function drawSignatures(doc: PDFKit.PDFDocument, content: NaskahContent): SignatureSlot[] {
  const order = content.printOrder ?? content.signers.map((_, index) => index);
  const positions = signerPositions(order.length);
  // Printed in `order`; each block keeps its signing index, so each slot goes to the right signer.
  const printed = order.map((index, at) => placeSigner(doc, signatureText(content.signers[index]), positions[at].column, index));
  const place = content.layout === 'title_block' ? signingPlace(content) : undefined;
  const rowCount = Math.max(0, ...positions.map((position) => position.row + 1));
  const slots: SignatureSlot[] = [];
  doc.y += GAP_BEFORE;
  for (let row = 0; row < rowCount; row++) {
    if (row > 0) doc.y += ROW_GAP;
    const members = printed.filter((_, at) => positions[at].row === row);
    slots.push(...drawRow(doc, members, row === 0 ? place : undefined));
  }
  return slots.sort((a, b) => a.signerIndex - b.signerIndex);
}
