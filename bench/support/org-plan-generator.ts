/**
 * A large, realistic-looking, FICTIONAL organisation for benchmarks: a regency with OPD, bidang and
 * seksi in a tree (about N/20 units), about N/5 positions (a head per unit plus staff positions) and N
 * employees with one assignment each. The same size and seed always give the same plan.
 */
import type { AssignmentRow, EmployeeRow, OrgPlan, PositionRow, UnitRow } from '../../src/modules/organization/org-plan.ts';

const GIVEN = [
  'Agus',
  'Budi',
  'Siti',
  'Dewi',
  'Joko',
  'Rina',
  'Asep',
  'Euis',
  'Made',
  'Putu',
  'Hendra',
  'Ratna',
  'Yusuf',
  'Fitri',
  'Bayu',
  'Lestari',
];
const FAMILY = [
  'Santoso',
  'Rahayu',
  'Hidayat',
  'Nasution',
  'Siregar',
  'Wijaya',
  'Kusuma',
  'Saputra',
  'Lubis',
  'Suryani',
  'Permana',
  'Hasibuan',
];
const GRADES = [
  ['II/a', 'Pengatur Muda'],
  ['II/c', 'Pengatur'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
] as const;
const BACK_TITLES = [null, 'S.E.', 'S.Kom.', 'S.IP.', 'S.H.', 'S.T., M.T.', 'S.Sos., M.Si.', 'A.Md.'];
const STAFF_POSITIONS = [
  'Analis Kebijakan',
  'Pranata Komputer',
  'Pengelola Keuangan',
  'Arsiparis',
  'Perencana',
  'Pengadministrasi Umum',
  'Bendahara',
];

/** A small deterministic PRNG (mulberry32), so one seed always gives one plan. */
function randomFrom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Units as a three-level tree under one root: OPD (dinas/badan), their bidang, and seksi under the bidang. */
function generateUnits(count: number): UnitRow[] {
  const units: UnitRow[] = [
    { code: 'SETDA', name: 'Sekretariat Daerah', parentCode: null, kind: 'sekretariat', regionCode: null },
  ];
  const opdCount = Math.max(1, Math.round(count / 12));
  for (let o = 1; o <= opdCount && units.length < count; o++) {
    const kind = o % 3 === 0 ? 'badan' : 'dinas';
    units.push({
      code: `OPD-${o}`,
      name: `${kind === 'badan' ? 'Badan' : 'Dinas'} Urusan ${o}`,
      parentCode: 'SETDA',
      kind,
      regionCode: null,
    });
  }
  for (let i = 0; units.length < count; i++) {
    const isBidang = i % 3 !== 2;
    const opd = (i % opdCount) + 1;
    const code = isBidang ? `BID-${i}` : `SKS-${i}`;
    const parentCode = isBidang ? `OPD-${opd}` : `BID-${i - 1}`;
    units.push({
      code,
      name: `${isBidang ? 'Bidang' : 'Seksi'} Pelayanan ${i}`,
      parentCode,
      kind: isBidang ? 'bidang' : 'seksi',
      regionCode: null,
    });
  }
  return units;
}

function echelonOf(unit: UnitRow): string {
  return unit.kind === 'sekretariat'
    ? 'II.a'
    : unit.kind === 'dinas' || unit.kind === 'badan'
      ? 'II.b'
      : unit.kind === 'bidang'
        ? 'III.b'
        : 'IV.a';
}

/** One head per unit, then staff positions spread round-robin over the units until `count`. */
function generatePositions(units: UnitRow[], count: number): PositionRow[] {
  const positions: PositionRow[] = units.map((u) => ({
    code: `${u.code}-KEPALA`,
    name: `Kepala ${u.name}`,
    unitCode: u.code,
    echelon: echelonOf(u),
    isHead: true,
  }));
  for (let i = 0; positions.length < count; i++) {
    const unit = units[i % units.length];
    const title = STAFF_POSITIONS[i % STAFF_POSITIONS.length];
    positions.push({
      code: `${unit.code}-JF-${i}`,
      name: `${title} ${unit.name}`,
      unitCode: unit.code,
      echelon: i % 4 === 0 ? 'JF' : 'Pelaksana',
      isHead: false,
    });
  }
  return positions;
}

function generateEmployee(index: number, random: (n: number) => number): EmployeeRow {
  // Birth year and month come from the index, the last three digits too: NIPs stay unique up to 420,000 employees.
  const year = 1965 + (Math.floor(index / 1000) % 35);
  const month = 1 + (Math.floor(index / 35_000) % 12);
  const birth = `${year}${String(month).padStart(2, '0')}${String(1 + random(28)).padStart(2, '0')}`;
  const hired = `${Math.min(year + 22 + random(10), 2024)}${String(1 + random(12)).padStart(2, '0')}`;
  const nip = `${birth}${hired}${1 + random(2)}${String(index % 1000).padStart(3, '0')}`;
  const [grade, rank] = GRADES[random(GRADES.length)];
  const name = `${GIVEN[random(GIVEN.length)]} ${FAMILY[random(FAMILY.length)]}`;
  return {
    nip,
    nik: `3313${String(index).padStart(12, '0')}`,
    name,
    frontTitle: random(25) === 0 ? 'Dr.' : null,
    backTitle: BACK_TITLES[random(BACK_TITLES.length)],
    rank,
    grade,
    email: `pegawai${index}@contohkab.go.id`,
    phone: `0812${String(index).padStart(8, '0')}`,
  };
}

/** Generates a plan with `employees` employees, about employees/5 positions and employees/20 units. */
export function generateOrgPlan(employees: number, seed = 3313): OrgPlan {
  const random = randomFrom(seed);
  const units = generateUnits(Math.max(2, Math.round(employees / 20)));
  const positions = generatePositions(units, Math.max(units.length, Math.round(employees / 5)));
  const people = Array.from({ length: employees }, (_, index) => generateEmployee(index, random));
  const assignments: AssignmentRow[] = people.map((person, index) => {
    const acting = index % 50 === 0;
    return {
      positionCode: positions[index % positions.length].code,
      nip: person.nip,
      kind: acting ? 'plt' : 'definitif',
      startsOn: `20${String(15 + random(10)).padStart(2, '0')}-01-02`,
      endsOn: acting ? '2030-12-31' : null,
      decreeNumber: `800/${index + 1}/BKPSDM`,
    };
  });
  return { units, positions, employees: people, assignments };
}
