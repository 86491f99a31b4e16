/** Indonesian calendar wording for naskah dinas dates ("28 November 2026"). */

/** Month names in Indonesian, January first. */
export const INDONESIAN_MONTHS: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an ISO date (YYYY-MM-DD); throws on anything that is not a real calendar date. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Tanggal tidak valid (invalid date): "${iso}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Tanggal tidak valid (invalid date): "${iso}"`);
  }
  return { year, month, day };
}

/** "2026-11-28" → "28 November 2026". */
export function formatIndonesianDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${INDONESIAN_MONTHS[month - 1]} ${year}`;
}

/** "Karanganyar", "2026-11-28" → "Karanganyar, 28 November 2026". */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatIndonesianDate(iso)}`;
}

/** The date as a UTC midnight Date, used as the PDF's fixed CreationDate. */
export function isoDateToUtc(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}
