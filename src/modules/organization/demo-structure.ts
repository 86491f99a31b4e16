/**
 * The units and positions of the demo regency: the regional head, the OPD from the catalog, every
 * kecamatan and every kelurahan of the real regency. Desa are village governments, not units of the
 * regency, so they are left to the villages module.
 */
import { namesOf, OPD_SPECS, type OpdSpec, sectionsOf } from './demo-catalog.ts';
import type { Random } from './demo-random.ts';
import type { Field } from './demo-titles.ts';
import type { PositionRow, UnitRow } from './org-plan.ts';

/** A position plus what the staffing step needs: how important it is to fill and the field of its unit. */
export interface PlannedPosition extends PositionRow {
  /** 0: always filled (regional head, OPD, bagian, kecamatan heads); 1: other heads; 2: kasubbag/kasi; 3: staff. */
  tier: 0 | 1 | 2 | 3;
  field: Field;
  /** Code of the OPD or kecamatan the position belongs to, so acting officials come from the same body. */
  bodyCode: string;
}

export interface DemoArea {
  regencyName: string;
  districts: readonly { code: string; name: string }[];
  villages: readonly { code: string; name: string; districtCode: string; kind: 'desa' | 'kelurahan' }[];
}

export interface DemoStructure {
  units: UnitRow[];
  positions: PlannedPosition[];
}

/** Non-functional staff positions after the 2022 harmonisation of pelaksana titles. */
const PELAKSANA = [
  'Penata Layanan Operasional',
  'Pengolah Data dan Informasi',
  'Pengadministrasi Perkantoran',
  'Operator Layanan Operasional',
];

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** Three-letter codes for names, unique per prefix: `Karanganyar` → `KRN`, then `Karangpandan` → `KRG`. */
export function createAbbreviator(): (prefix: string, name: string) => string {
  const used = new Set<string>();
  return (prefix, name) => {
    const words = name
      .toUpperCase()
      .replace(/[^A-Z ]/g, '')
      .split(/\s+/)
      .filter(Boolean);
    const letters = words.join('') || 'XXX';
    const rest = [...letters.slice(1)];
    const order = [...rest.keys()].sort((a, b) => Number(VOWELS.has(rest[a])) - Number(VOWELS.has(rest[b])) || a - b);
    const candidates =
      words.length > 2
        ? [
            words
              .slice(0, 3)
              .map((word) => word[0])
              .join(''),
          ]
        : [];
    for (const i of order) for (const j of order) if (j > i) candidates.push(`${letters[0]}${rest[i]}${rest[j]}`);
    const fresh = candidates.find((candidate) => !used.has(`${prefix}-${candidate}`));
    let code = fresh ?? letters.slice(0, 3);
    for (let n = 2; used.has(`${prefix}-${code}`); n++) code = `${(fresh ?? letters).slice(0, 3)}${n}`;
    used.add(`${prefix}-${code}`);
    return `${prefix}-${code}`;
  };
}

/** `Kabupaten Karanganyar` → `Karanganyar`. */
export function shortRegencyName(regencyName: string): string {
  return regencyName.replace(/^(Kabupaten|Kota)(\s+(Administrasi|Adm\.))?\s+/i, '');
}

/** Collects units and positions, with helpers for the usual shapes (head position, staff positions). */
class StructureBuilder {
  readonly units: UnitRow[] = [];
  readonly positions: PlannedPosition[] = [];

  constructor(readonly random: Random) {}

  unit(code: string, name: string, parentCode: string | null, kind: string, regionCode: string | null = null): void {
    this.units.push({ code, name, parentCode, kind, regionCode });
  }

  position(position: Omit<PlannedPosition, 'isHead'> & { isHead?: boolean }): void {
    this.positions.push({ ...position, isHead: position.isHead ?? false });
  }

  /** The head position of a unit, coded `<unit>-KEPALA`. */
  head(
    unitCode: string,
    name: string,
    echelon: string | null,
    tier: PlannedPosition['tier'],
    field: Field,
    bodyCode: string,
  ): void {
    this.position({ code: `${unitCode}-KEPALA`, name, unitCode, echelon, isHead: true, tier, field, bodyCode });
  }

  /** `count` staff positions `<unit>-STAF-n`, alternating functional (JF) and pelaksana titles. */
  staff(unitCode: string, count: number, field: Field, bodyCode: string, functional: readonly string[] = []): void {
    for (let n = 1; n <= count; n++) {
      const isFunctional = functional.length > 0 && (n % 2 === 1 || this.random.chance(0.5));
      const name = isFunctional ? this.random.pick(functional) : this.random.pick(PELAKSANA);
      const echelon = isFunctional ? 'JF' : 'Pelaksana';
      this.position({ code: `${unitCode}-STAF-${n}`, name, unitCode, echelon, tier: 3, field, bodyCode });
    }
  }
}

/** The regional head's office with the Bupati (or Wali Kota) and the deputy. */
function addRegionalHead(builder: StructureBuilder, regencyName: string): void {
  const place = shortRegencyName(regencyName);
  const title = /^kota\b/i.test(regencyName) ? 'Wali Kota' : 'Bupati';
  builder.unit('PEMDA', `Pemerintah ${regencyName}`, null, 'pemda');
  builder.head('PEMDA', `${title} ${place}`, null, 0, 'governance', 'PEMDA');
  const deputy = `Wakil ${title} ${place}`;
  builder.position({
    code: 'PEMDA-WAKIL',
    name: deputy,
    unitCode: 'PEMDA',
    echelon: null,
    tier: 0,
    field: 'governance',
    bodyCode: 'PEMDA',
  });
}

/** The Sekretariat of an OPD with its Subbagian Umum dan Kepegawaian. */
function addSekretariat(builder: StructureBuilder, spec: OpdSpec): void {
  const sekretariat = `${spec.code}-SEKRE`;
  builder.unit(sekretariat, `Sekretariat ${spec.name}`, spec.code, 'sekretariat');
  builder.head(sekretariat, `Sekretaris ${spec.name}`, 'III.a', 1, spec.field, spec.code);
  const umpeg = `${spec.code}-UMPEG`;
  builder.unit(umpeg, 'Subbagian Umum dan Kepegawaian', sekretariat, 'subbagian');
  builder.head(umpeg, 'Kepala Subbagian Umum dan Kepegawaian', 'IV.a', 2, 'general', spec.code);
  builder.staff(umpeg, 2, 'general', spec.code, ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'Perencana Ahli Pertama']);
}

/** One OPD: head, deputies (Setda's Asisten), Sekretariat, and its bidang/bagian with staff. */
function addOpd(builder: StructureBuilder, spec: OpdSpec): void {
  const functional = namesOf(spec.functional);
  builder.unit(spec.code, spec.name, 'PEMDA', spec.kind);
  builder.head(spec.code, spec.head ?? `Kepala ${spec.name}`, spec.headEchelon ?? 'II.b', 0, spec.field, spec.code);
  namesOf(spec.deputies).forEach((name, index) => {
    const code = `${spec.code}-ASISTEN-${index + 1}`;
    builder.position({ code, name, unitCode: spec.code, echelon: 'II.b', tier: 0, field: spec.field, bodyCode: spec.code });
  });
  if (spec.hasSekretariat) addSekretariat(builder, spec);
  for (const section of sectionsOf(spec)) {
    const code = spec.globalSectionCodes ? section.code : `${spec.code}-${section.code}`;
    const field = section.field ?? spec.field;
    builder.unit(code, section.name, spec.code, spec.sectionKind);
    const headName = spec.sectionKind === 'lainnya' ? section.name : `Kepala ${section.name}`;
    const echelon = spec.sectionKind === 'bidang' ? 'III.b' : 'III.a';
    builder.head(code, headName, echelon, spec.sectionKind === 'bagian' ? 0 : 1, field, spec.code);
    builder.staff(code, 2, field, spec.code, functional);
  }
}

/** The RSUD (a BLUD) and three UPT Puskesmas under the Dinas Kesehatan. */
function addHealthFacilities(builder: StructureBuilder, area: DemoArea, kecamatanCodes: Map<string, string>): void {
  const place = shortRegencyName(area.regencyName);
  builder.unit('RSUD', `Rumah Sakit Umum Daerah ${place}`, 'DINKES', 'blud');
  builder.head('RSUD', `Direktur Rumah Sakit Umum Daerah ${place}`, 'III.a', 0, 'health', 'DINKES');
  builder.staff('RSUD', 3, 'health', 'DINKES', [
    'Dokter Ahli Madya',
    'Perawat Ahli Muda',
    'Apoteker Ahli Pertama',
    'Perawat Terampil',
  ]);
  for (const district of builder.random.shuffle(area.districts).slice(0, 3)) {
    const code = `PKM-${kecamatanCodes.get(district.code)?.slice('KEC-'.length)}`;
    builder.unit(code, `UPT Puskesmas ${district.name}`, 'DINKES', 'upt', district.code);
    builder.head(code, `Kepala UPT Puskesmas ${district.name}`, 'IV.a', 1, 'health', 'DINKES');
    builder.staff(code, 2, 'health', 'DINKES', ['Dokter Ahli Pertama', 'Perawat Ahli Pertama', 'Bidan Ahli Pertama']);
  }
}

/** The UPT Metrologi Legal under the trade office. */
function addMetrology(builder: StructureBuilder): void {
  builder.unit('UPT-METROLOGI', 'UPT Metrologi Legal', 'DISDAGKOPUKM', 'upt');
  builder.head('UPT-METROLOGI', 'Kepala UPT Metrologi Legal', 'IV.a', 1, 'general', 'DISDAGKOPUKM');
  builder.staff('UPT-METROLOGI', 2, 'general', 'DISDAGKOPUKM', ['Penera Ahli Pertama', 'Penera Terampil']);
}

/** A kecamatan with its Camat, Sekretaris Kecamatan, four Kepala Seksi and two staff. */
function addKecamatan(
  builder: StructureBuilder,
  district: { code: string; name: string },
  unitCode: string,
  hasDesa: boolean,
): void {
  const common = { unitCode, field: 'governance', bodyCode: unitCode } as const;
  builder.unit(unitCode, `Kecamatan ${district.name}`, 'PEMDA', 'kecamatan', district.code);
  builder.head(unitCode, `Camat ${district.name}`, 'III.a', 0, 'governance', unitCode);
  const secretary = `Sekretaris Kecamatan ${district.name}`;
  builder.position({ ...common, code: `${unitCode}-SEKRETARIS`, name: secretary, echelon: 'III.b', tier: 1 });
  const sections: [string, string][] = [
    ['PEM', 'Pemerintahan'],
    ['TRANTIB', 'Ketenteraman dan Ketertiban Umum'],
    hasDesa ? ['PMD', 'Pemberdayaan Masyarakat dan Desa'] : ['PMK', 'Pemberdayaan Masyarakat dan Kelurahan'],
    ['KESOS', 'Kesejahteraan Sosial'],
  ];
  for (const [code, name] of sections)
    builder.position({ ...common, code: `${unitCode}-KASI-${code}`, name: `Kepala Seksi ${name}`, echelon: 'IV.a', tier: 2 });
  builder.staff(unitCode, 2, 'governance', unitCode);
}

/** A kelurahan under its kecamatan, with its Lurah, Sekretaris Kelurahan and one staff. */
function addKelurahan(
  builder: StructureBuilder,
  village: { code: string; name: string },
  unitCode: string,
  kecamatanCode: string,
): void {
  builder.unit(unitCode, `Kelurahan ${village.name}`, kecamatanCode, 'kelurahan', village.code);
  builder.head(unitCode, `Lurah ${village.name}`, 'IV.a', 1, 'governance', kecamatanCode);
  const secretary = { code: `${unitCode}-SEKRETARIS`, name: `Sekretaris Kelurahan ${village.name}`, echelon: 'IV.b' };
  builder.position({ ...secretary, unitCode, tier: 2, field: 'governance', bodyCode: kecamatanCode });
  builder.staff(unitCode, 1, 'governance', kecamatanCode);
}

/** Builds every unit and position of the demo regency; `random` varies staff titles and the Puskesmas locations. */
export function buildDemoStructure(area: DemoArea, random: Random): DemoStructure {
  const builder = new StructureBuilder(random);
  const abbreviate = createAbbreviator();
  const kecamatanCodes = new Map(area.districts.map((district) => [district.code, abbreviate('KEC', district.name)]));
  addRegionalHead(builder, area.regencyName);
  for (const spec of OPD_SPECS) {
    addOpd(builder, spec);
    if (spec.code === 'DINKES') addHealthFacilities(builder, area, kecamatanCodes);
    if (spec.code === 'DISDAGKOPUKM') addMetrology(builder);
  }
  const desaDistricts = new Set(
    area.villages.filter((village) => village.kind === 'desa').map((village) => village.districtCode),
  );
  for (const district of area.districts)
    addKecamatan(builder, district, kecamatanCodes.get(district.code)!, desaDistricts.has(district.code));
  for (const village of area.villages.filter((candidate) => candidate.kind === 'kelurahan')) {
    const kecamatanCode = kecamatanCodes.get(village.districtCode);
    if (!kecamatanCode) throw new RangeError(`Kelurahan ${village.code} belongs to no kecamatan of the input`);
    addKelurahan(builder, village, abbreviate('KEL', village.name), kecamatanCode);
  }
  return { units: builder.units, positions: builder.positions };
}
