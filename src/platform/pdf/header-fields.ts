import { formatIndonesianDate, formatPlaceDate } from './indonesian-date.ts';
import type { Kop, NaskahContent } from './naskah-model.ts';

/** One "label : value" row of a header; a multi-line value is split on "\n". */
export interface HeaderField {
  readonly label: string;
  readonly value: string;
}

/** Shown for Sifat/Lampiran/Hal when the content leaves them empty, as official letters do. */
export const EMPTY_FIELD = '-';

function withYth(line: string): string {
  return /^yth\.?\s/i.test(line) ? line : `Yth. ${line}`;
}

/** The addressee lines of a letter: "Yth." before the first line unless it already has it. */
export function addresseeLines(addressee: readonly string[] | undefined): string[] {
  const lines = (addressee ?? []).map((line) => line.trim()).filter((line) => line.length > 0);
  return lines.map((line, index) => (index === 0 ? withYth(line) : line));
}

/** Tembusan entries with "Yth." before each recipient; "Arsip" stays as it is. */
export function tembusanEntries(tembusan: readonly string[] | undefined): string[] {
  const entries = (tembusan ?? []).map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  return entries.map((entry) => (/^arsip\b/i.test(entry) ? entry : withYth(entry)));
}

/** Nomor/Sifat/Lampiran/Hal of a surat dinas or undangan; a draft without a number shows a blank. */
export function korespondensiFields(content: NaskahContent): HeaderField[] {
  return [
    { label: 'Nomor', value: content.number ?? '' },
    { label: 'Sifat', value: content.sifat ?? EMPTY_FIELD },
    { label: 'Lampiran', value: content.lampiran ?? EMPTY_FIELD },
    { label: 'Hal', value: content.hal ?? EMPTY_FIELD },
  ];
}

/** The field table under "NOTA DINAS": Kepada, Dari, Tembusan (when any), Tanggal, Nomor, Sifat, Lampiran, Hal. */
export function notaDinasFields(content: NaskahContent): HeaderField[] {
  const fields: HeaderField[] = [
    { label: 'Kepada', value: addresseeLines(content.addressee).join('\n') },
    { label: 'Dari', value: content.from ?? '' },
  ];
  const tembusan = tembusanEntries(content.tembusan);
  if (tembusan.length > 0) fields.push({ label: 'Tembusan', value: tembusan.join('\n') });
  fields.push(
    { label: 'Tanggal', value: formatIndonesianDate(content.date) },
    { label: 'Nomor', value: content.number ?? '' },
    { label: 'Sifat', value: content.sifat ?? EMPTY_FIELD },
    { label: 'Lampiran', value: content.lampiran ?? EMPTY_FIELD },
    { label: 'Hal', value: content.hal ?? EMPTY_FIELD },
  );
  return fields;
}

/** True for documents that are "ditetapkan" (keputusan, peraturan, instruksi) rather than dated. */
export function isEstablishingDocument(title: string): boolean {
  return /^(keputusan|peraturan|instruksi)\b/i.test(title.trim());
}

/** What stands above the signature block of a title-block document. */
export type SigningPlace =
  | { readonly kind: 'established'; readonly rows: readonly HeaderField[] }
  | { readonly kind: 'dated'; readonly line: string };

/** "Ditetapkan di … / pada tanggal …" for keputusan-like documents, otherwise "Karanganyar, 28 November 2026". */
export function signingPlace(content: NaskahContent): SigningPlace {
  if (isEstablishingDocument(content.title)) {
    return {
      kind: 'established',
      rows: [
        { label: 'Ditetapkan di', value: content.place },
        { label: 'pada tanggal', value: formatIndonesianDate(content.date) },
      ],
    };
  }
  return { kind: 'dated', line: formatPlaceDate(content.place, content.date) };
}

/** The reference block at the top of a lampiran page: "LAMPIRAN I", the document title, NOMOR, TANGGAL, TENTANG/HAL. */
export interface AttachmentReference {
  readonly heading: string;
  readonly documentTitle: string;
  readonly fields: readonly HeaderField[];
}

/** The reference block of attachment `index` (zero-based) out of `total`. */
export function attachmentReference(content: NaskahContent, index: number, total: number): AttachmentReference {
  const fields: HeaderField[] = [
    { label: 'NOMOR', value: content.number ?? '' },
    { label: 'TANGGAL', value: formatIndonesianDate(content.date) },
  ];
  if (content.about) fields.push({ label: 'TENTANG', value: content.about });
  else if (content.hal) fields.push({ label: 'HAL', value: content.hal });
  return {
    heading: total > 1 ? `LAMPIRAN ${romanNumeral(index + 1)}` : 'LAMPIRAN',
    documentTitle: content.title,
    fields,
  };
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 12 → "XII" (lampiran numbering). */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Angka Romawi tidak valid: ${value}`);
  let rest = value;
  let out = '';
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** The contact lines of a kop: address and postal code; telephone and fax; website and e-mail. */
export function kopContactLines(kop: Kop): string[] {
  const lines = [
    [kop.address, kop.postalCode && `Kode Pos ${kop.postalCode}`],
    [kop.phone && `Telepon ${kop.phone}`, kop.fax && `Faksimile ${kop.fax}`],
    [kop.website && `Laman ${kop.website}`, kop.email && `Pos-el ${kop.email}`],
  ];
  return lines
    .map((parts) => parts.filter((part): part is string => Boolean(part?.trim())).join(', '))
    .filter((line) => line.length > 0);
}
