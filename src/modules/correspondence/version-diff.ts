/** A small pure line diff (longest common subsequence) for comparing two versions of a draft. */

/** One line of a diff: kept, only in the newer version, or only in the older one. */
export interface DiffLine {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** The LCS length table of two line lists, filled from the end. */
function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number);
  return table;
}

/** The line diff from `older` to `newer`: removals come before additions at each change. */
export function diffLines(older: readonly string[], newer: readonly string[]): DiffLine[] {
  const table = lcsTable(older, newer);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < older.length && j < newer.length) {
    if (older[i] === newer[j]) {
      out.push({ op: 'same', text: older[i] as string });
      i += 1;
      j += 1;
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) {
      out.push({ op: 'removed', text: older[i] as string });
      i += 1;
    } else {
      out.push({ op: 'added', text: newer[j] as string });
      j += 1;
    }
  }
  for (; i < older.length; i += 1) out.push({ op: 'removed', text: older[i] as string });
  for (; j < newer.length; j += 1) out.push({ op: 'added', text: newer[j] as string });
  return out;
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Flattens structured content into `path: value` lines (one per scalar), so fields and paragraphs diff line by line. */
export function contentLines(value: Json, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${path}: ${String(value)}`];
  if (Array.isArray(value)) return value.flatMap((item, index) => contentLines(item as Json, `${path}[${index + 1}]`));
  return Object.entries(value as Record<string, Json>).flatMap(([key, item]) =>
    contentLines(item, path ? `${path}.${key}` : key),
  );
}
