/**
 * Creates FICTIONAL civil servants for the demo organisation: names, NIP, NIK, pangkat, titles, e-mail and
 * phone, all consistent with the position they are hired for. Nothing here describes a real person.
 */

import { HOME_GROUP_BY_PROVINCE, NAME_GROUPS, NAME_PARTICLES, type NameGroup } from './demo-names.ts';
import type { Random } from './demo-random.ts';
import { academicTitles, type Education, type Field, MIN_SERVICE_YEARS, profileFor, RANK_BY_GRADE } from './demo-titles.ts';
import type { EmployeeRow } from './org-plan.ts';

/** What the factory needs to know about the regency. */
export interface PeopleSetting {
  random: Random;
  /** Kemendagri code of the regency, `PP.RR`; its digits start every NIK. Null when unknown (then no NIK). */
  regencyCode: string | null;
  /** Two-digit kecamatan numbers (the third segment of their codes), used in NIKs. */
  districtNumbers: readonly string[];
  /** Domain of the e-mail addresses, e.g. `karanganyarkab.go.id`. */
  emailDomain: string;
  /** ISO date the demo is "as of"; ages and years of service count back from it. */
  referenceDate: string;
}

/** A hired person and the month they became CPNS (or took office, for elected heads), `YYYY-MM-01`. */
export interface Hire {
  employee: EmployeeRow;
  serviceStart: string;
}

/** What the factory needs about the position it hires for. */
export interface Opening {
  name: string;
  echelon: string | null;
  field: Field;
}

const ENTRY_AGE: Readonly<Record<Education, readonly [number, number]>> = {
  highschool: [19, 26],
  diploma: [21, 28],
  bachelor: [23, 30],
  master: [24, 31],
  doctorate: [25, 31],
};

const PHONE_PREFIXES = ['11', '12', '13', '21', '22', '52', '53', '14', '15', '16', '55', '56', '57', '58', '17', '18', '19'];
const OTHER_PHONE_PREFIXES = ['59', '77', '78', '95', '96', '97', '98', '99', '81', '82', '83', '85', '87', '88', '31', '38'];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Picks the name group: mostly the regency's home region, the rest from anywhere in Indonesia. */
function pickNameGroup(random: Random, regencyCode: string | null): NameGroup {
  const home = NAME_GROUPS.find((group) => group.region === HOME_GROUP_BY_PROVINCE[regencyCode?.slice(0, 2) ?? '']);
  return home && random.chance(0.7) ? home : random.pick(NAME_GROUPS);
}

/** Draws one full name for the gender, avoiding names already used. */
function drawName(random: Random, regencyCode: string | null, isMale: boolean, usedNames: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const group = pickNameGroup(random, regencyCode);
    const mononyms = (isMale ? group.maleMononyms : group.femaleMononyms) ?? [];
    const given = random.pick(isMale ? group.maleGiven : group.femaleGiven);
    const family = random.pick(isMale ? group.maleFamily : group.femaleFamily);
    const name = mononyms.length > 0 && random.chance(0.1) ? random.pick(mononyms) : `${given} ${family}`;
    if (given === family || usedNames.has(name)) continue;
    usedNames.add(name);
    return name;
  }
  throw new Error('Demo name lists are exhausted');
}

/** `firstname.lastname` from a full name, skipping particles such as `I`/`Ni`, unique within the plan. */
function emailLocalPart(name: string, usedLocalParts: Set<string>): string {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z]/g, ''))
    .filter((word) => word.length > 0 && !NAME_PARTICLES.has(word));
  const base = words.length > 1 ? `${words[0]}.${words[words.length - 1]}` : words[0];
  let local = base;
  for (let suffix = 2; usedLocalParts.has(local); suffix++) local = `${base}${suffix}`;
  usedLocalParts.add(local);
  return local;
}

/** Birth year and service start that fit the golongan: enough years served, not past retirement age. */
function lifeDates(
  random: Random,
  referenceYear: number,
  grade: string | null,
  education: Education,
  isSeniorExecutive: boolean,
) {
  if (grade === null) {
    // Elected heads have no NIP in reality; the schema needs one, so theirs is NIP-shaped with the month they took office.
    return { birthYear: referenceYear - random.int(42, 62), serviceStart: { year: referenceYear - 1, month: 2 } };
  }
  const service = MIN_SERVICE_YEARS[grade] + random.int(0, 6);
  const [youngest, oldest] = ENTRY_AGE[education];
  const age = Math.min(random.int(youngest, oldest) + service, isSeniorExecutive ? 59 : 57);
  return {
    birthYear: referenceYear - age,
    serviceStart: { year: referenceYear - service, month: random.pick([1, 2, 3, 4, 12]) },
  };
}

/** Hires fictional people for one regency, keeping names, NIP, NIK, e-mail and phone unique. */
class DemoPeople {
  private readonly usedNames = new Set<string>();
  private readonly usedEmails = new Set<string>();
  private readonly usedPhones = new Set<string>();
  private readonly sequences = new Map<string, number>();
  private readonly referenceYear: number;

  constructor(private readonly setting: PeopleSetting) {
    this.referenceYear = Number(setting.referenceDate.slice(0, 4));
  }

  /** A new person fit for the opening. */
  hire(opening: Opening): Hire {
    const { random } = this.setting;
    const profile = profileFor(opening.echelon, opening.name);
    const isMale = random.chance(profile.isElected ? 0.8 : 0.55);
    const education = random.pick(profile.education);
    const grade = profile.isElected ? null : random.pick(profile.grades);
    const { birthYear, serviceStart } = lifeDates(random, this.referenceYear, grade, education, profile.isSeniorExecutive);
    const birth = { year: birthYear, month: random.int(1, 12), day: random.int(1, 28) };
    const nipKey = `${birth.year}${pad(birth.month, 2)}${pad(birth.day, 2)}${serviceStart.year}${pad(serviceStart.month, 2)}${isMale ? 1 : 2}`;
    const name = drawName(random, this.setting.regencyCode, isMale, this.usedNames);
    const employee: EmployeeRow = {
      nip: `${nipKey}${pad(this.nextSequence(nipKey), 3)}`,
      nik: this.nik(birth, isMale),
      name,
      ...academicTitles(random, education, opening.field, opening.name),
      rank: grade ? RANK_BY_GRADE[grade] : null,
      grade,
      email: `${emailLocalPart(name, this.usedEmails)}@${this.setting.emailDomain}`,
      phone: this.phone(),
    };
    return { employee, serviceStart: `${serviceStart.year}-${pad(serviceStart.month, 2)}-01` };
  }

  private nextSequence(key: string): number {
    const value = (this.sequences.get(key) ?? 0) + 1;
    this.sequences.set(key, value);
    return value;
  }

  /** NIK: regency digits, kecamatan, birth date (day + 40 for women), 4-digit sequence; null without areas. */
  private nik(birth: { year: number; month: number; day: number }, isMale: boolean): string | null {
    const { random, regencyCode, districtNumbers } = this.setting;
    if (!regencyCode || districtNumbers.length === 0) return null;
    const prefix = `${regencyCode.replace('.', '')}${random.pick(districtNumbers)}`;
    const dateDigits = `${pad(birth.day + (isMale ? 0 : 40), 2)}${pad(birth.month, 2)}${pad(birth.year % 100, 2)}`;
    return `${prefix}${dateDigits}${pad(this.nextSequence(prefix + dateDigits), 4)}`;
  }

  /** A unique Indonesian mobile number, `08` + operator prefix + 8 digits. */
  private phone(): string {
    const { random } = this.setting;
    for (;;) {
      const prefix = random.chance(0.6) ? random.pick(PHONE_PREFIXES) : random.pick(OTHER_PHONE_PREFIXES);
      const number = `08${prefix}${pad(random.int(0, 99_999_999), 8)}`;
      if (!this.usedPhones.has(number)) {
        this.usedPhones.add(number);
        return number;
      }
    }
  }
}

/** A hiring function bound to one regency; every call returns a new, unique person. */
export function createPeopleFactory(setting: PeopleSetting): (opening: Opening) => Hire {
  const people = new DemoPeople(setting);
  return (opening) => people.hire(opening);
}
