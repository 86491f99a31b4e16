import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoOrgPlan, DEMO_REFERENCE_DATE, type DemoRegencyInput, demoEmailDomain } from './demo-regency.ts';
import { createAbbreviator } from './demo-structure.ts';
import { RANK_BY_GRADE } from './demo-titles.ts';
import { type OrgPlan, UNIT_KINDS } from './org-plan.ts';
import { loadRegencyAreas } from './wilayah.ts';

let karanganyar: DemoRegencyInput;
let plan: OrgPlan;

beforeAll(async () => {
  karanganyar = { regencyName: 'Kabupaten Karanganyar', ...(await loadRegencyAreas('33.13')), seed: 42 };
  plan = buildDemoOrgPlan(karanganyar);
});

const definitifHolders = (orgPlan: OrgPlan) =>
  new Map(orgPlan.assignments.filter((a) => a.kind === 'definitif').map((a) => [a.positionCode, a.nip]));

describe('buildDemoOrgPlan: determinism', () => {
  it('gives the same plan for the same seed and a different one for another seed', () => {
    expect(buildDemoOrgPlan(karanganyar)).toEqual(plan);
    const other = buildDemoOrgPlan({ ...karanganyar, seed: 43 });
    expect(other.employees.map((e) => e.name)).not.toEqual(plan.employees.map((e) => e.name));
  });
});

describe('buildDemoOrgPlan: units', () => {
  it('has a pemda root with about 25 OPD under it, besides the kecamatan', () => {
    const roots = plan.units.filter((unit) => unit.parentCode === null);
    expect(roots.map((unit) => [unit.code, unit.kind, unit.name])).toEqual([
      ['PEMDA', 'pemda', 'Pemerintah Kabupaten Karanganyar'],
    ]);
    const opd = plan.units.filter((unit) => unit.parentCode === 'PEMDA' && unit.kind !== 'kecamatan');
    expect(opd.length).toBeGreaterThanOrEqual(24);
    expect(opd.length).toBeLessThanOrEqual(30);
    for (const code of ['SETDA', 'DPMD', 'DISKOMINFO', 'BAPPEDA', 'INSPEKTORAT'])
      expect(opd.map((unit) => unit.code)).toContain(code);
    const setdaBagian = plan.units.filter((unit) => unit.parentCode === 'SETDA').map((unit) => unit.code);
    expect(setdaBagian).toEqual(expect.arrayContaining(['ORG', 'UMUM', 'HUKUM']));
    expect(plan.units.find((unit) => unit.code === 'RSUD')).toMatchObject({ kind: 'blud', parentCode: 'DINKES' });
  });

  it('uses unique unit codes, known kinds and existing parents, without cycles', () => {
    const byCode = new Map(plan.units.map((unit) => [unit.code, unit]));
    expect(byCode.size).toBe(plan.units.length);
    for (const unit of plan.units) {
      expect(UNIT_KINDS).toContain(unit.kind);
      const seen = new Set<string>();
      for (let current = unit; current.parentCode !== null; current = byCode.get(current.parentCode)!) {
        expect(byCode.has(current.parentCode)).toBe(true);
        expect(seen.has(current.code)).toBe(false);
        seen.add(current.code);
      }
    }
  });

  it('has a unit for every kecamatan and every kelurahan, and none for desa', () => {
    const kecamatan = plan.units.filter((unit) => unit.kind === 'kecamatan');
    expect(kecamatan.map((unit) => unit.regionCode).sort()).toEqual(karanganyar.districts.map((d) => d.code).sort());
    expect(kecamatan.every((unit) => /^KEC-[A-Z0-9]+$/.test(unit.code) && unit.parentCode === 'PEMDA')).toBe(true);
    const kelurahan = karanganyar.villages.filter((village) => village.kind === 'kelurahan');
    const kelurahanUnits = plan.units.filter((unit) => unit.kind === 'kelurahan');
    expect(kelurahanUnits).toHaveLength(kelurahan.length);
    const kecamatanByRegion = new Map(kecamatan.map((unit) => [unit.regionCode, unit.code]));
    for (const village of kelurahan) {
      const unit = kelurahanUnits.find((candidate) => candidate.regionCode === village.code);
      expect(unit?.parentCode).toBe(kecamatanByRegion.get(village.districtCode));
    }
    const desaCodes = new Set(karanganyar.villages.filter((village) => village.kind === 'desa').map((village) => village.code));
    expect(plan.units.filter((unit) => unit.kind === 'desa' || desaCodes.has(unit.regionCode ?? ''))).toEqual([]);
  });
});

describe('buildDemoOrgPlan: positions and assignments', () => {
  it('gives positions unique codes in existing units, with one head per unit', () => {
    const unitCodes = new Set(plan.units.map((unit) => unit.code));
    expect(new Set(plan.positions.map((p) => p.code)).size).toBe(plan.positions.length);
    expect(plan.positions.every((p) => unitCodes.has(p.unitCode))).toBe(true);
    for (const unit of plan.units) expect(plan.positions.filter((p) => p.unitCode === unit.code && p.isHead)).toHaveLength(1);
    expect(plan.positions.find((p) => p.code === 'PEMDA-KEPALA')).toMatchObject({ name: 'Bupati Karanganyar', echelon: null });
    expect(plan.positions.find((p) => p.code === 'SETDA-KEPALA')).toMatchObject({ name: 'Sekretaris Daerah', echelon: 'II.a' });
  });

  it('fills every head of the regency, OPD, bagian and kecamatan', () => {
    const holders = definitifHolders(plan);
    const mustFill = plan.units.filter(
      (unit) => ['pemda', 'kecamatan', 'bagian'].includes(unit.kind) || unit.parentCode === 'PEMDA',
    );
    for (const unit of mustFill) expect(holders.has(`${unit.code}-KEPALA`)).toBe(true);
    expect(holders.has('PEMDA-WAKIL')).toBe(true);
  });

  it('references existing positions and employees, one definitif position per employee', () => {
    const positionCodes = new Set(plan.positions.map((p) => p.code));
    const nips = new Set(plan.employees.map((e) => e.nip));
    expect(plan.assignments.every((a) => positionCodes.has(a.positionCode) && nips.has(a.nip))).toBe(true);
    const definitif = plan.assignments.filter((a) => a.kind === 'definitif').map((a) => a.nip);
    expect(definitif.sort()).toEqual([...nips].sort());
  });

  it('includes two Plt held by officials of the same OPD and one Plh, all with an end date', () => {
    const acting = plan.assignments.filter((a) => a.kind !== 'definitif');
    expect(acting.map((a) => a.kind).sort()).toEqual(['plh', 'plt', 'plt']);
    const holders = definitifHolders(plan);
    const unitOf = new Map(plan.positions.map((p) => [p.code, p.unitCode]));
    const parentOf = new Map(plan.units.map((unit) => [unit.code, unit.parentCode]));
    const bodyOf = (unitCode: string): string =>
      parentOf.get(unitCode) === 'PEMDA' ? unitCode : bodyOf(parentOf.get(unitCode)!);
    for (const a of acting) {
      expect(holders.has(a.positionCode)).toBe(a.kind === 'plh');
      expect(a.startsOn < DEMO_REFERENCE_DATE && (a.endsOn ?? '') > DEMO_REFERENCE_DATE).toBe(true);
      const ownPosition = [...holders].find(([, nip]) => nip === a.nip)![0];
      expect(bodyOf(unitOf.get(ownPosition)!)).toBe(bodyOf(unitOf.get(a.positionCode)!));
    }
  });

  it('starts assignments in the past with realistic decree numbers', () => {
    for (const a of plan.assignments) {
      expect(a.startsOn < DEMO_REFERENCE_DATE).toBe(true);
      expect(a.decreeNumber).toMatch(/^(\d{3}(\.\d)?\/\d{3}\/[A-Z]+\/\d{4}|100\.2\.1\.3-\d{3} Tahun \d{4})$/);
      expect(a.decreeNumber).toContain(a.startsOn.slice(0, 4));
    }
  });
});

describe('buildDemoOrgPlan: employees', () => {
  it('hires about 200 people', () => {
    expect(plan.employees.length).toBeGreaterThanOrEqual(180);
    expect(plan.employees.length).toBeLessThanOrEqual(230);
  });

  it('gives unique 18-digit NIPs whose birth date and gender match the 16-digit NIK', () => {
    expect(new Set(plan.employees.map((e) => e.nip)).size).toBe(plan.employees.length);
    expect(new Set(plan.employees.map((e) => e.nik)).size).toBe(plan.employees.length);
    for (const { nip, nik } of plan.employees) {
      expect(nip).toMatch(/^(19|20)\d{6}(19|20)\d{4}[12]\d{3}$/);
      expect(nik).toMatch(/^3313\d{12}$/);
      const nikDay = Number(nik!.slice(6, 8));
      expect(nip[14]).toBe(nikDay > 40 ? '2' : '1');
      const nikDate = `${String(nikDay % 40).padStart(2, '0')}${nik!.slice(8, 10)}${nik!.slice(10, 12)}`;
      expect(nikDate).toBe(`${nip.slice(6, 8)}${nip.slice(4, 6)}${nip.slice(2, 4)}`);
    }
  });

  it('gives plausible ages: CPNS at 18 or older, not past retirement, service start in the past', () => {
    const year = Number(DEMO_REFERENCE_DATE.slice(0, 4));
    for (const { nip } of plan.employees) {
      const birthYear = Number(nip.slice(0, 4));
      const serviceYear = Number(nip.slice(8, 12));
      expect(serviceYear - birthYear).toBeGreaterThanOrEqual(18);
      expect(year - birthYear).toBeLessThanOrEqual(62);
      expect(serviceYear).toBeLessThanOrEqual(year);
    }
  });

  it('matches pangkat and golongan to each other and to the eselon', () => {
    const positions = new Map(plan.positions.map((p) => [p.code, p]));
    const employees = new Map(plan.employees.map((e) => [e.nip, e]));
    const expected: Record<string, string[]> = {
      'II.a': ['IV/c', 'IV/d'],
      'II.b': ['IV/b', 'IV/c'],
      'III.a': ['IV/a', 'IV/b'],
      'IV.a': ['III/c', 'III/d'],
    };
    for (const [positionCode, nip] of definitifHolders(plan)) {
      const { echelon } = positions.get(positionCode)!;
      const employee = employees.get(nip)!;
      if (echelon === null) expect([employee.rank, employee.grade]).toEqual([null, null]);
      else expect(employee.rank).toBe(RANK_BY_GRADE[employee.grade!]);
      if (echelon && expected[echelon]) expect(expected[echelon]).toContain(employee.grade);
      if (echelon?.startsWith('II.')) expect(employee.backTitle).toMatch(/M\.[A-Za-z.]+/);
    }
  });

  it('gives unique e-mail addresses on the regency domain and mobile numbers', () => {
    expect(new Set(plan.employees.map((e) => e.email)).size).toBe(plan.employees.length);
    expect(new Set(plan.employees.map((e) => e.phone)).size).toBe(plan.employees.length);
    for (const { email, phone } of plan.employees) {
      expect(email).toMatch(/^[a-z]+(\.[a-z]+)?\d*@karanganyarkab\.go\.id$/);
      expect(phone).toMatch(/^08\d{10}$/);
    }
  });
});

describe('buildDemoOrgPlan: other regencies', () => {
  const kota: DemoRegencyInput = {
    regencyName: 'Kota Contoh',
    districts: [{ code: '99.71.01', name: 'Kota Lama' }],
    villages: [
      { code: '99.71.01.1001', name: 'Pasar', districtCode: '99.71.01', kind: 'kelurahan' },
      { code: '99.71.01.1002', name: 'Pasar Baru', districtCode: '99.71.01', kind: 'kelurahan' },
    ],
  };

  it('names the head of a kota Wali Kota and uses the kota e-mail domain', () => {
    const kotaPlan = buildDemoOrgPlan(kota);
    expect(kotaPlan.positions.find((p) => p.code === 'PEMDA-KEPALA')?.name).toBe('Wali Kota Contoh');
    expect(kotaPlan.units.filter((unit) => unit.kind === 'kelurahan')).toHaveLength(2);
    expect(demoEmailDomain('Kota Contoh')).toBe('contohkota.go.id');
  });

  it('refuses a kelurahan whose kecamatan is missing', () => {
    const broken = { ...kota, villages: [{ ...kota.villages[0], districtCode: '99.71.09' }] };
    expect(() => buildDemoOrgPlan(broken)).toThrow(RangeError);
  });
});

describe('createAbbreviator', () => {
  it('makes unique three-letter codes per prefix', () => {
    const abbreviate = createAbbreviator();
    expect(abbreviate('KEC', 'Karangpandan')).toBe('KEC-KRN');
    expect(abbreviate('KEC', 'Karanganyar')).toBe('KEC-KRG');
    expect(abbreviate('KEL', 'Karanganyar')).toBe('KEL-KRN');
    expect(abbreviate('KEC', 'Tanjung Priok Utara')).toBe('KEC-TPU');
  });
});
