/**
 * A realistic but FICTIONAL organisation for a demo regency, as an OrgPlan the import use case can write:
 * the regional head, about 27 OPD, every kecamatan and kelurahan of the real regency (from wilayah.ts),
 * about 200 invented civil servants and their assignments, including a couple of Plt and one Plh.
 * The same input and seed always give the same plan.
 */
import { createPeopleFactory, type Hire } from './demo-people.ts';
import { createRandom, type Random } from './demo-random.ts';
import { buildDemoStructure, type DemoArea, type PlannedPosition, shortRegencyName } from './demo-structure.ts';
import type { AssignmentRow, OrgPlan, PositionRow, UnitRow } from './org-plan.ts';

/** Date the demo is "as of" unless the caller gives one; fixed so that one seed always gives one plan. */
export const DEMO_REFERENCE_DATE = '2026-01-05';

/** Seed used when the caller gives none. */
export const DEMO_DEFAULT_SEED = 20_250_220;

/** The real areas of the regency plus options for the invented organisation. */
export interface DemoRegencyInput extends DemoArea {
  seed?: number;
  /** ISO date the demo is "as of": assignments start before it, acting assignments run across it. */
  referenceDate?: string;
  /** E-mail domain of the staff; defaults to demoEmailDomain(regencyName). */
  emailDomain?: string;
}

/** Importance order when filling optional positions: lower weight → filled sooner (tier 0 is always filled). */
const TIER_WEIGHT = [0, 0.3, 0.6, 1] as const;

const DAY_MS = 86_400_000;

/** `2026-01-05` plus a number of days (negative goes back). */
function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Default staff e-mail domain in the style regencies use: `Kabupaten Karanganyar` → `karanganyarkab.go.id`. */
export function demoEmailDomain(regencyName: string): string {
  const slug = shortRegencyName(regencyName)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return `${slug}${/^kota\b/i.test(regencyName) ? 'kota' : 'kab'}.go.id`;
}

/** Which positions get a holder, which stay vacant for a Plt, and which head gets a Plh. */
interface StaffingChoice {
  toFill: Set<string>;
  pltVacancies: PlannedPosition[];
  plh: { position: PlannedPosition; deputy: PlannedPosition } | undefined;
}

/** Fills every tier-0 position, keeps two Kepala Bidang vacant for a Plt, then fills by importance until the target. */
function chooseStaffing(positions: PlannedPosition[], units: UnitRow[], random: Random, target: number): StaffingChoice {
  const unitKind = new Map(units.map((unit) => [unit.code, unit.kind]));
  const byCode = new Map(positions.map((position) => [position.code, position]));
  const pltVacancies = random
    .shuffle(positions.filter((position) => position.isHead && unitKind.get(position.unitCode) === 'bidang'))
    .slice(0, 2);
  const kecamatan = units.filter((unit) => unit.kind === 'kecamatan');
  const plhUnit = kecamatan.length > 0 ? random.pick(kecamatan).code : undefined;
  const plh = plhUnit ? { position: byCode.get(`${plhUnit}-KEPALA`)!, deputy: byCode.get(`${plhUnit}-SEKRETARIS`)! } : undefined;

  const toFill = new Set(positions.filter((position) => position.tier === 0).map((position) => position.code));
  if (plh) toFill.add(plh.deputy.code);
  const vacant = new Set(pltVacancies.map((position) => position.code));
  const optional = positions
    .filter((position) => !toFill.has(position.code) && !vacant.has(position.code))
    .map((position) => ({ position, key: random.next() * TIER_WEIGHT[position.tier] }))
    .sort((a, b) => a.key - b.key);
  for (const { position } of optional) {
    if (toFill.size >= target) break;
    toFill.add(position.code);
  }
  return { toFill, pltVacancies, plh };
}

/** A decree number in the usual `<classification>/<number>/<issuer>/<year>` form. */
function decreeNumber(random: Random, classification: string, issuer: string, startsOn: string): string {
  return `${classification}/${String(random.int(1, 999)).padStart(3, '0')}/${issuer}/${startsOn.slice(0, 4)}`;
}

/** The definitif assignment of a holder; elected heads get their five-year term and a Mendagri decree. */
function definitifAssignment(random: Random, position: PlannedPosition, hire: Hire, referenceDate: string): AssignmentRow {
  const { nip } = hire.employee;
  if (position.echelon === null) {
    const startsOn = `${hire.serviceStart.slice(0, 4)}-02-20`;
    const endsOn = `${Number(startsOn.slice(0, 4)) + 5}-02-20`;
    const decreeNumber = `100.2.1.3-${random.int(100, 999)} Tahun ${startsOn.slice(0, 4)}`;
    return { positionCode: position.code, nip, kind: 'definitif', startsOn, endsOn, decreeNumber };
  }
  const latest = addDays(referenceDate, -30);
  // ISO dates sort as strings: start after a year of service and within six years, but before `latest`.
  const earliestAllowed = [addDays(hire.serviceStart, 365), addDays(referenceDate, -6 * 365)].sort()[1];
  const earliest = [earliestAllowed, latest].sort()[0];
  const startsOn = addDays(earliest, random.int(0, daysBetween(earliest, latest)));
  return {
    positionCode: position.code,
    nip,
    kind: 'definitif',
    startsOn,
    endsOn: null,
    decreeNumber: decreeNumber(random, '821.2', 'BKPSDM', startsOn),
  };
}

/** Plt for each vacant Kepala Bidang (held by another head of the same OPD) and a Plh for a Camat on leave. */
function actingAssignments(
  random: Random,
  choice: StaffingChoice,
  positions: PlannedPosition[],
  holders: Map<string, Hire>,
  referenceDate: string,
): AssignmentRow[] {
  const assignments: AssignmentRow[] = [];
  const busy = new Set<string>();
  for (const vacancy of choice.pltVacancies) {
    const heads = positions.filter((p) => p.bodyCode === vacancy.bodyCode && p.isHead && p.tier <= 1 && holders.has(p.code));
    const candidates = heads.filter((p) => p.tier === 1 && !busy.has(p.code));
    const actingFrom = candidates.length > 0 ? random.pick(candidates) : heads[0];
    if (!actingFrom) continue;
    busy.add(actingFrom.code);
    const startsOn = addDays(referenceDate, -random.int(20, 75));
    const decree = decreeNumber(random, '800', 'BKPSDM', startsOn);
    const nip = holders.get(actingFrom.code)!.employee.nip;
    assignments.push({
      positionCode: vacancy.code,
      nip,
      kind: 'plt',
      startsOn,
      endsOn: addDays(startsOn, 90),
      decreeNumber: decree,
    });
  }
  const deputy = choice.plh && holders.get(choice.plh.deputy.code);
  if (choice.plh && deputy) {
    const startsOn = addDays(referenceDate, -random.int(2, 6));
    const decree = decreeNumber(random, '800', 'SETDA', startsOn);
    const { code } = choice.plh.position;
    assignments.push({
      positionCode: code,
      nip: deputy.employee.nip,
      kind: 'plh',
      startsOn,
      endsOn: addDays(startsOn, 14),
      decreeNumber: decree,
    });
  }
  return assignments;
}

/** The regency code `PP.RR` from the first kecamatan or village code, or null without areas. */
function regencyCodeOf(area: DemoArea): string | null {
  const code = area.districts[0]?.code ?? area.villages[0]?.code;
  return code && /^\d{2}\.\d{2}/.test(code) ? code.slice(0, 5) : null;
}

/**
 * Builds the demo organisation of a regency from its real kecamatan and desa/kelurahan. Every OPD, bagian and
 * kecamatan head is filled; about 200 people are hired; desa get no unit (they belong to the villages module).
 */
export function buildDemoOrgPlan(input: DemoRegencyInput): OrgPlan {
  const random = createRandom(input.seed ?? DEMO_DEFAULT_SEED);
  const referenceDate = input.referenceDate ?? DEMO_REFERENCE_DATE;
  const { units, positions } = buildDemoStructure(input, random);
  const regencyCode = regencyCodeOf(input);
  const hire = createPeopleFactory({
    random,
    regencyCode,
    districtNumbers: input.districts.map((district) => district.code.slice(6, 8)).filter((digits) => /^\d{2}$/.test(digits)),
    emailDomain: input.emailDomain ?? demoEmailDomain(input.regencyName),
    referenceDate,
  });
  const choice = chooseStaffing(positions, units, random, random.int(190, 210));
  const holders = new Map<string, Hire>();
  for (const position of positions) if (choice.toFill.has(position.code)) holders.set(position.code, hire(position));
  const definitif = positions
    .filter((position) => holders.has(position.code))
    .map((position) => definitifAssignment(random, position, holders.get(position.code)!, referenceDate));
  const acting = actingAssignments(random, choice, positions, holders, referenceDate);
  const positionRows: PositionRow[] = positions.map(({ code, name, unitCode, echelon, isHead }) => ({
    code,
    name,
    unitCode,
    echelon,
    isHead,
  }));
  return {
    units,
    positions: positionRows,
    employees: [...holders.values()].map((held) => held.employee),
    assignments: [...definitif, ...acting],
  };
}
