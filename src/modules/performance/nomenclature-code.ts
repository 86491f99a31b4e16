/**
 * Shape of Kepmendagri nomenclature codes: program `U.BB.PP` (urusan digit or X, bidang two digits or XX),
 * kegiatan `U.BB.PP.K.KK`, sub-kegiatan `U.BB.PP.K.KK.SSSS` (two digits in the older 90/2019 editions).
 */
import type { NomenclatureLevel } from '../../db/schema/performance-budget.ts';

const PROGRAM = String.raw`(?:[1-9]|X)\.(?:\d{2}|XX)\.\d{2}`;
const KEGIATAN = String.raw`${PROGRAM}\.\d\.\d{2}`;
const SHAPES: Record<NomenclatureLevel, RegExp> = {
  program: new RegExp(`^${PROGRAM}$`),
  kegiatan: new RegExp(`^${KEGIATAN}$`),
  sub_kegiatan: new RegExp(String.raw`^${KEGIATAN}\.(?:\d{2}|\d{4})$`),
};

/** The nomenclature levels, top first. */
export const NOMENCLATURE_LEVELS: readonly NomenclatureLevel[] = ['program', 'kegiatan', 'sub_kegiatan'];

/** True when the code has the shape of its level. */
export function isNomenclatureCode(level: NomenclatureLevel, code: string): boolean {
  return SHAPES[level].test(code);
}

/** The level a code's shape says, or null when it fits none. */
export function levelOfCode(code: string): NomenclatureLevel | null {
  return NOMENCLATURE_LEVELS.find((level) => SHAPES[level].test(code)) ?? null;
}

/** The parent code a well-shaped code implies (null for a program). */
export function parentNomenclatureCode(level: NomenclatureLevel, code: string): string | null {
  const parts = code.split('.');
  if (level === 'program') return null;
  return parts.slice(0, level === 'kegiatan' ? 3 : 5).join('.');
}

/** Sorts codes so parents come before children (by segment, numerically where numeric). */
export function compareNomenclatureCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
