/** Page geometry, type sizes and spacing of a naskah dinas page (A4, Arimo, official margins). */

/** Points per centimetre. */
export const CM = 72 / 2.54;

/** A4 portrait in points. */
export const PAGE_WIDTH = 595.28;
/** A4 portrait in points. */
export const PAGE_HEIGHT = 841.89;

/** Margins: 2 cm top, 2.5 cm left, 2 cm right and bottom; page numbers and markings sit inside the bottom margin. */
export const MARGINS = { top: 2 * CM, left: 2.5 * CM, right: 2 * CM, bottom: 2 * CM } as const;

/** The x where body text starts and the width it may use. */
export const CONTENT = { x: MARGINS.left, width: PAGE_WIDTH - MARGINS.left - MARGINS.right } as const;

/** Type sizes in points. */
export const FONT_SIZE = {
  body: 12,
  table: 10,
  tembusan: 10,
  kopName: 14,
  kopUnit: 16,
  kopContact: 9.5,
  footer: 9,
  securityMark: 11,
} as const;

/** Extra space between lines of text. */
export const LINE_GAP = 1.5;
/** Space between body blocks. */
export const BLOCK_GAP = 6;
/** First-line indent of a paragraph (1.25 cm). */
export const PARAGRAPH_INDENT = 1.25 * CM;
/** Height of the blank slot where the visible e-signature (QR + text) is placed at signing. */
export const SIGNATURE_SLOT_HEIGHT = 70;
/** Signature columns: 12 pt between two blocks side by side; a block alone in its row takes 56% of the width. */
export const SIGNER_COLUMNS = { gutter: 12, soloShare: 0.56 } as const;
/** Lambang size in the kop. */
export const LAMBANG = { width: 62, height: 72 } as const;
/** Baselines of the running footer and header, measured from the page edges. */
export const RUNNING = { pageNumberFromBottom: 38, markFromBottom: 20, markFromTop: 24 } as const;
