/**
 * Rules of the kode klasifikasi arsip (Permendagri 83/2022): numeric, dotted, hierarchical. The top level is
 * one of the ten main classes 000–900; every deeper code hangs under the code without its last segment.
 */

const CODE_PATTERN = /^\d{3}(\.\d+)*$/;

/** The ten main classes (Umum … Keuangan); no other top-level code is allowed. */
export const TOP_LEVEL_CODES: readonly string[] = ['000', '100', '200', '300', '400', '500', '600', '700', '800', '900'];

/** Final dispositions a JRA gives a class. */
export const FINAL_DISPOSITIONS = ['musnah', 'permanen', 'dinilai_kembali'] as const;

/** A final disposition (nasib akhir). */
export type FinalDisposition = (typeof FINAL_DISPOSITIONS)[number];

/** What is wrong with a code, if anything. */
export type CodeProblem = 'format' | 'topLevel';

/** True when the text has the shape `000`, `000.8`, `000.8.3.3` … */
export function isKkaCodeShape(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** The problem with a code, or null: a bad shape, or a top level outside 000–900. */
export function kkaCodeProblem(code: string): CodeProblem | null {
  if (!isKkaCodeShape(code)) return 'format';
  const top = code.split('.')[0] ?? '';
  return TOP_LEVEL_CODES.includes(top) ? null : 'topLevel';
}

/** The parent of a code (`000.8.3` for `000.8.3.3`), or null for a top-level code. */
export function parentKkaCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/** The depth of a code: 1 for `000`, 2 for `000.8`, … */
export function kkaLevel(code: string): number {
  return code.split('.').length;
}

/** Orders codes as people read them: `000.2` before `000.10`, a parent before its children. */
export function compareKkaCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** Reads a nasib akhir as typed by people (`Dinilai Kembali`, `PERMANEN`); undefined when it is none of them. */
export function parseFinalDisposition(text: string): FinalDisposition | undefined {
  const normal = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (FINAL_DISPOSITIONS as readonly string[]).includes(normal) ? (normal as FinalDisposition) : undefined;
}
