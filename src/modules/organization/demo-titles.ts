/**
 * Civil-service ranks and academic titles for the demo staff, chosen so that they fit the position: a
 * Kepala Dinas (eselon II.b) is a Pembina Utama Muda IV/c with a master's degree, a Pelaksana is II/c with
 * a diploma or none. Ranks follow PP 99/2000 (pangkat per golongan/ruang).
 */
import type { Random } from './demo-random.ts';

/** Field of work of a unit; decides which degrees its staff plausibly hold. */
export type Field = 'general' | 'governance' | 'finance' | 'law' | 'education' | 'health' | 'engineering' | 'it' | 'agriculture';

export type Education = 'highschool' | 'diploma' | 'bachelor' | 'master' | 'doctorate';

/** Official pangkat for each golongan/ruang. */
export const RANK_BY_GRADE: Readonly<Record<string, string>> = {
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** Fewest years of service before a civil servant plausibly reaches a golongan (about four years per step). */
export const MIN_SERVICE_YEARS: Readonly<Record<string, number>> = {
  'II/a': 1,
  'II/b': 4,
  'II/c': 8,
  'II/d': 12,
  'III/a': 1,
  'III/b': 4,
  'III/c': 8,
  'III/d': 12,
  'IV/a': 16,
  'IV/b': 20,
  'IV/c': 24,
  'IV/d': 28,
};

/** What a position asks of its holder: the golongan it is held at and the likely education (repeats weigh more). */
export interface PositionProfile {
  grades: readonly string[];
  education: readonly Education[];
  /** Pimpinan tinggi (eselon II) retire at 60 instead of 58. */
  isSeniorExecutive: boolean;
  /** Elected head or deputy (Bupati/Wali Kota): not a civil servant, no pangkat. */
  isElected: boolean;
}

const BY_ECHELON: Readonly<Record<string, Omit<PositionProfile, 'isElected'>>> = {
  'II.a': { grades: ['IV/c', 'IV/d'], education: ['master', 'master', 'master', 'doctorate'], isSeniorExecutive: true },
  'II.b': {
    grades: ['IV/b', 'IV/c', 'IV/c'],
    education: ['master', 'master', 'master', 'master', 'doctorate'],
    isSeniorExecutive: true,
  },
  'III.a': {
    grades: ['IV/a', 'IV/a', 'IV/b'],
    education: ['master', 'master', 'master', 'bachelor', 'bachelor'],
    isSeniorExecutive: false,
  },
  'III.b': { grades: ['III/d', 'IV/a'], education: ['master', 'bachelor'], isSeniorExecutive: false },
  'IV.a': {
    grades: ['III/c', 'III/d', 'III/d'],
    education: ['bachelor', 'bachelor', 'bachelor', 'master'],
    isSeniorExecutive: false,
  },
  'IV.b': { grades: ['III/b', 'III/c'], education: ['bachelor', 'bachelor', 'bachelor', 'diploma'], isSeniorExecutive: false },
};

/** Functional (JF) level in the position name → golongan and education. */
const BY_FUNCTIONAL_LEVEL: readonly [RegExp, readonly string[], readonly Education[]][] = [
  [/Ahli Madya/, ['IV/a', 'IV/b'], ['master', 'master', 'bachelor']],
  [/Ahli Muda/, ['III/c', 'III/d'], ['bachelor', 'bachelor', 'bachelor', 'master']],
  [/Ahli Pertama/, ['III/a', 'III/b'], ['bachelor']],
  [/Penyelia/, ['III/c', 'III/d'], ['diploma']],
  [/Mahir/, ['III/a', 'III/b'], ['diploma']],
  [/Terampil/, ['II/c', 'II/d'], ['diploma', 'diploma', 'highschool']],
];

/** The golongan and education a position calls for, from its eselon/level and name. */
export function profileFor(echelon: string | null, positionName: string): PositionProfile {
  if (echelon === null)
    return { grades: [], education: ['master', 'master', 'bachelor', 'doctorate'], isSeniorExecutive: false, isElected: true };
  const structural = BY_ECHELON[echelon];
  if (structural) return { ...structural, isElected: false };
  if (echelon === 'JF') {
    const level = BY_FUNCTIONAL_LEVEL.find(([pattern]) => pattern.test(positionName));
    if (level) return { grades: level[1], education: level[2], isSeniorExecutive: false, isElected: false };
  }
  if (/^(Penata|Pengolah|Analis)/.test(positionName))
    return {
      grades: ['III/a', 'III/b', 'III/c'],
      education: ['bachelor', 'bachelor', 'diploma'],
      isSeniorExecutive: false,
      isElected: false,
    };
  return {
    grades: ['II/c', 'II/d'],
    education: ['highschool', 'highschool', 'diploma'],
    isSeniorExecutive: false,
    isElected: false,
  };
}

const DEGREES: Readonly<Record<Field, { bachelor: readonly string[]; master: readonly string[] }>> = {
  general: { bachelor: ['S.Sos.', 'S.E.', 'S.AP.', 'S.H.'], master: ['M.Si.', 'M.M.', 'M.A.P.'] },
  governance: { bachelor: ['S.STP.', 'S.Sos.', 'S.IP.'], master: ['M.A.P.', 'M.Si.'] },
  finance: { bachelor: ['S.E.', 'S.Ak.'], master: ['M.Si.', 'M.Ak.', 'M.M.'] },
  law: { bachelor: ['S.H.'], master: ['M.H.'] },
  education: { bachelor: ['S.Pd.'], master: ['M.Pd.'] },
  health: { bachelor: ['S.Kep., Ners', 'S.K.M.', 'S.Farm., Apt.'], master: ['M.Kes.'] },
  engineering: { bachelor: ['S.T.'], master: ['M.T.', 'M.Eng.'] },
  it: { bachelor: ['S.Kom.', 'S.T.'], master: ['M.Kom.', 'M.T.'] },
  agriculture: { bachelor: ['S.P.', 'S.Pt.'], master: ['M.P.', 'M.Si.'] },
};

/** Positions that only a physician holds; they always carry the `dr.` front title. */
const PHYSICIAN_POSITION = /Dokter|Direktur Rumah Sakit|Kepala UPT Puskesmas/;

/** Professions whose degree follows from the job, whatever the unit: `[pattern, front title, bachelor's degree]`. */
const PROFESSION_DEGREES: readonly [RegExp, string | null, string | null][] = [
  [/Perawat/, null, 'S.Kep., Ners'],
  [/\bBidan\b/, null, 'S.Tr.Keb.'],
  [/Apoteker/, null, 'S.Farm., Apt.'],
  [/Medik Veteriner/, 'drh.', null],
  [/Pranata Komputer|Administrator Database/, null, 'S.Kom.'],
  [/Pengawas Sekolah|Pamong Belajar/, null, 'S.Pd.'],
];

/** Front and back academic titles for a holder with the given education, in the field of their unit. */
export function academicTitles(
  random: Random,
  education: Education,
  field: Field,
  positionName: string,
): { frontTitle: string | null; backTitle: string | null } {
  if (education === 'highschool') return { frontTitle: null, backTitle: null };
  if (education === 'diploma') return { frontTitle: null, backTitle: field === 'health' ? 'A.Md.Kep.' : 'A.Md.' };
  const degrees = DEGREES[field];
  const master = education === 'bachelor' ? null : random.pick(degrees.master);
  const profession = PROFESSION_DEGREES.find(([pattern]) => pattern.test(positionName));
  if (profession) return { frontTitle: profession[1], backTitle: [profession[2], master].filter(Boolean).join(', ') || null };
  if (PHYSICIAN_POSITION.test(positionName) || (field === 'health' && random.chance(0.3)))
    return { frontTitle: random.chance(0.15) ? 'drg.' : 'dr.', backTitle: master };
  const front = education === 'doctorate' ? 'Dr.' : null;
  if ((field === 'engineering' || field === 'agriculture') && master && random.chance(0.3))
    return { frontTitle: front ? `${front} Ir.` : 'Ir.', backTitle: master };
  const bachelor = random.pick(degrees.bachelor);
  return { frontTitle: front, backTitle: master ? `${bachelor}, ${master}` : bachelor };
}
