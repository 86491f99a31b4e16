/** Labels of numbered, lettered and bullet lists as Indonesian naskah dinas write them. */

/** The list styles the body model knows, plus "parenthesised" numbers for lists nested in lettered lists. */
export type ListLabelStyle = 'numbered' | 'lettered' | 'bullet' | 'parenthesised';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The letters for a zero-based index: a … z, then aa, bb, … zz, then aaa — the doubling used in
 * Indonesian legal drafting (after "z." comes "aa.", then "bb.").
 */
export function letterFor(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Indeks daftar tidak valid: ${index}`);
  const letter = ALPHABET[index % ALPHABET.length];
  return letter.repeat(Math.floor(index / ALPHABET.length) + 1);
}

/** The label of item `index` (zero-based): "1.", "a.", "1)" or a bullet. */
export function listLabel(style: ListLabelStyle, index: number): string {
  switch (style) {
    case 'numbered':
      return `${index + 1}.`;
    case 'lettered':
      return `${letterFor(index)}.`;
    case 'parenthesised':
      return `${index + 1})`;
    case 'bullet':
      return '•';
  }
}

/** The style of a nested list: numbered → lettered → parenthesised numbers; bullets nest as bullets. */
export function childListStyle(style: ListLabelStyle): ListLabelStyle {
  switch (style) {
    case 'numbered':
      return 'lettered';
    case 'lettered':
      return 'parenthesised';
    default:
      return style;
  }
}
