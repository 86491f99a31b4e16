import type { SignerBlock } from './naskah-model.ts';

/** The text of one signature block, top to bottom, around the blank slot for the e-signature. */
export interface SignatureText {
  /** The capacity lines above the slot, e.g. ["a.n. BUPATI KARANGANYAR", "Sekretaris Daerah,"]. */
  readonly capacity: readonly string[];
  /** The signer's name, printed bold below the slot. */
  readonly name: string;
  /** Pangkat and "NIP. …" lines below the name. */
  readonly details: readonly string[];
}

/** A signer block whose capacity needs a field the content does not have. */
export class SignerBlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignerBlockError';
  }
}

function required(value: string | undefined, what: string, signer: SignerBlock): string {
  if (!value?.trim()) {
    throw new SignerBlockError(`Blok tanda tangan ${signer.name}: ${what} wajib diisi untuk kapasitas "${signer.capacity}".`);
  }
  return value.trim();
}

/**
 * The capacity lines of a signer (Permendagri 1/2023): "a.n. X," + jabatan; for u.b.
 * "a.n. X" / "{via}," / "u.b." / jabatan; "Plt./Plh./Pj. {jabatan}," for acting officials.
 */
export function capacityLines(signer: SignerBlock): string[] {
  const jabatan = signer.jabatan.trim();
  switch (signer.capacity) {
    case 'definitif':
      return [`${jabatan},`];
    case 'an':
      return [`a.n. ${required(signer.onBehalfOf, 'onBehalfOf', signer)}`, `${jabatan},`];
    case 'ub':
      return [
        `a.n. ${required(signer.onBehalfOf, 'onBehalfOf', signer)}`,
        `${required(signer.via, 'via', signer)},`,
        'u.b.',
        `${jabatan},`,
      ];
    case 'plt':
      return [`Plt. ${jabatan},`];
    case 'plh':
      return [`Plh. ${jabatan},`];
    case 'pj':
      return [`Pj. ${jabatan},`];
  }
}

/** All text of a signature block: capacity lines, name, pangkat and "NIP. …". */
export function signatureText(signer: SignerBlock): SignatureText {
  const details: string[] = [];
  if (signer.pangkat?.trim()) details.push(signer.pangkat.trim());
  if (signer.nip?.trim()) details.push(`NIP. ${signer.nip.trim()}`);
  return { capacity: capacityLines(signer), name: signer.name.trim(), details };
}

/**
 * Where a signature block sits horizontally: the left or right half of a row of two, "solo" for a lone
 * signer at the right, or "center" for the lone last signer under rows of two.
 */
export type SignerColumn = 'left' | 'right' | 'solo' | 'center';

/** The row and column of each signer: one signer at the right; two side by side; more in rows of two. */
export function signerPositions(count: number): { row: number; column: SignerColumn }[] {
  if (count === 1) return [{ row: 0, column: 'solo' }];
  return Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / 2);
    const loneLast = index === count - 1 && index % 2 === 0;
    const column: SignerColumn = loneLast ? 'center' : index % 2 === 0 ? 'left' : 'right';
    return { row, column };
  });
}

/** Widths of signature columns: `gutter` between two side by side, `soloShare` of the width for a block alone in its row. */
export interface SignerColumnSizes {
  readonly gutter: number;
  readonly soloShare: number;
}

/** The x offset and width of a signer column inside a content area `contentWidth` wide. */
export function signerColumnBox(
  column: SignerColumn,
  contentWidth: number,
  sizes: SignerColumnSizes,
): { x: number; width: number } {
  const half = (contentWidth - sizes.gutter) / 2;
  const solo = Math.max(half, contentWidth * sizes.soloShare);
  switch (column) {
    case 'left':
      return { x: 0, width: half };
    case 'right':
      return { x: contentWidth - half, width: half };
    case 'solo':
      return { x: contentWidth - solo, width: solo };
    case 'center':
      return { x: (contentWidth - solo) / 2, width: solo };
  }
}
