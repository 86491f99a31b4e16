/**
 * Official Indonesian administrative areas (wilayah: provinsi, kabupaten/kota, kecamatan, desa/kelurahan)
 * read from the CSV files of the `idn-area-data` package. The data is published under the ODbL, so
 * every screen or printout that shows it must carry WILAYAH_ATTRIBUTION.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readCsvObjects } from './wilayah-csv.ts';

/** Source and licence notice for the area data; the app must show it wherever the data is used. */
export const WILAYAH_ATTRIBUTION =
  'Data wilayah administrasi: idn-area-data 3.1.2 oleh Fityan Nugroho, berdasarkan data resmi Kemendagri, ' +
  'dilisensikan di bawah Open Database License (ODbL) 1.0 — https://github.com/fityannugroho/idn-area-data';

export type RegencyKind = 'kabupaten' | 'kota';
export type VillageKind = 'desa' | 'kelurahan';

/** A kabupaten or kota with its province, names in title case. */
export interface Regency {
  /** Kemendagri code `PP.RR`, e.g. `33.13`. */
  code: string;
  name: string;
  kind: RegencyKind;
  provinceCode: string;
  provinceName: string;
}

/** A kecamatan. */
export interface District {
  /** Kemendagri code `PP.RR.DD`, e.g. `33.13.06`. */
  code: string;
  name: string;
}

/** A desa or kelurahan. */
export interface Village {
  /** Kemendagri code `PP.RR.DD.VVVV`, e.g. `33.13.06.1004`. */
  code: string;
  name: string;
  districtCode: string;
  kind: VillageKind;
}

const dataDir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');

/** Words kept in capitals when title-casing official names. */
const ACRONYMS = new Set(['DKI', 'DI', 'NTB', 'NTT', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
/** Conjunctions and prepositions written in lower case inside a name. */
const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari']);

/** Title-cases one word part, keeping acronyms and Roman numerals in capitals. */
function titleCaseWord(word: string, isFirst: boolean): string {
  const upper = word.toUpperCase();
  if (ACRONYMS.has(upper.replace(/\.$/, '')) && !(upper === 'DI' && !isFirst)) return upper;
  const lower = word.toLowerCase();
  if (!isFirst && SMALL_WORDS.has(lower)) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Turns an upper-case official name into title case: `KABUPATEN KARANGANYAR` → `Kabupaten Karanganyar`,
 * `DKI JAKARTA` → `DKI Jakarta`, `KOTA ADM. JAKARTA SELATAN` → `Kota Adm. Jakarta Selatan`.
 * `DI` stays an acronym only at the start (`DI Yogyakarta`); elsewhere it is the preposition `di`.
 */
export function toTitleCaseName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word, index) =>
      word
        .split('-')
        .map((part, partIndex) => titleCaseWord(part, index === 0 || partIndex > 0))
        .join('-'),
    )
    .join(' ');
}

/** Normalises a kabupaten/kota code (`33.13`, `3313`, ` 33.13 `) to `PP.RR`; undefined when it is not one. */
export function normalizeRegencyCode(input: string): string | undefined {
  const match = /^(\d{2})\.?(\d{2})$/.exec(input.trim());
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** Kemendagri rule: the last segment of a village code starts with 1 for a kelurahan, otherwise (2, or 3 for desa adat) a desa. */
export function villageKindOf(villageCode: string): VillageKind {
  const lastSegment = villageCode.slice(villageCode.lastIndexOf('.') + 1);
  return lastSegment.startsWith('1') ? 'kelurahan' : 'desa';
}

let regenciesByCode: Promise<Map<string, Regency>> | undefined;

/** Reads provinces and regencies once per process (they are small) and indexes the regencies by code. */
async function loadRegencyIndex(): Promise<Map<string, Regency>> {
  const [provinces, regencies] = await Promise.all([
    readCsvObjects(join(dataDir, 'provinces.csv')),
    readCsvObjects(join(dataDir, 'regencies.csv')),
  ]);
  const provinceNames = new Map(provinces.map((row) => [row.code, toTitleCaseName(row.name)]));
  const index = new Map<string, Regency>();
  for (const row of regencies) {
    const kind: RegencyKind = /^KOTA\b/i.test(row.name) ? 'kota' : 'kabupaten';
    const provinceName = provinceNames.get(row.province_code) ?? '';
    index.set(row.code, { code: row.code, name: toTitleCaseName(row.name), kind, provinceCode: row.province_code, provinceName });
  }
  return index;
}

/** Finds a kabupaten/kota by its Kemendagri code (`33.13` or `3313`); undefined for a malformed or unknown code. */
export async function findRegency(code: string): Promise<Regency | undefined> {
  const normalized = normalizeRegencyCode(code);
  if (!normalized) return undefined;
  regenciesByCode ??= loadRegencyIndex();
  return (await regenciesByCode).get(normalized);
}

/**
 * Loads the kecamatan and the desa/kelurahan of one kabupaten/kota, ordered by code. Throws a RangeError
 * for a malformed code; an unknown code gives empty lists (check it with findRegency first).
 */
export async function loadRegencyAreas(regencyCode: string): Promise<{ districts: District[]; villages: Village[] }> {
  const normalized = normalizeRegencyCode(regencyCode);
  if (!normalized) throw new RangeError(`Not a kabupaten/kota code: ${regencyCode}`);
  const prefix = `${normalized}.`;
  const [districtRows, villageRows] = await Promise.all([
    readCsvObjects(join(dataDir, 'districts.csv'), (row) => row.regency_code === normalized),
    readCsvObjects(join(dataDir, 'villages.csv'), (row) => row.district_code.startsWith(prefix)),
  ]);
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const districts = districtRows.map((row) => ({ code: row.code, name: row.name })).sort(byCode);
  const villages = villageRows
    .map((row) => ({ code: row.code, name: row.name, districtCode: row.district_code, kind: villageKindOf(row.code) }))
    .sort(byCode);
  return { districts, villages };
}
