/**
 * What a recompute changes (pure): recomputed rows against the digests of the stored ones, indicator by indicator —
 * rows to insert, rows to update, stored rows that no longer apply. recomputeChanges compares each indicator's rows
 * as soon as they are computed and keeps only the changed ones.
 */
import type { CapaianSettings } from './capaian/index.ts';
import { capaianDigest } from './capaian-digest.ts';
import { type CapaianRowValues, forEachIndicatorRows, type GroupedYearInputs, type RowKey } from './capaian-rows.ts';

/** A stored row as read back for comparison: its key and the digest of its decided columns. */
export interface StoredRow extends RowKey {
  readonly digest: string;
}

/** The digests of the stored rows of a year: by indicator id, then period. */
export type StoredDigests = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** A row to write: its values and digest; `isNew` when no row is stored under its key (an insert). */
export interface RowUpsert {
  readonly row: CapaianRowValues;
  readonly digest: string;
  readonly isNew: boolean;
}

/** What changes between the stored rows and the recomputed ones, and how many rows were recomputed. */
export interface RowChanges {
  readonly upserts: readonly RowUpsert[];
  /** Keys of stored rows that no longer apply. */
  readonly deletes: readonly RowKey[];
  readonly unchanged: number;
  /** Recomputed rows, and the indicators they belong to. */
  readonly results: number;
  readonly indicators: number;
}

/** The stored digests of rows given one by one (for callers holding rows, such as tests). */
export function digestsByIndicator(rows: readonly StoredRow[]): StoredDigests {
  const stored = new Map<string, Record<string, string>>();
  for (const row of rows) {
    let periods = stored.get(row.indicator_id);
    if (!periods) {
      periods = {};
      stored.set(row.indicator_id, periods);
    }
    periods[row.period] = row.digest;
  }
  return stored;
}

/** Collects the changes of a year one indicator at a time. */
class ChangeCollector {
  private readonly upserts: RowUpsert[] = [];
  private readonly deletes: RowKey[] = [];
  private readonly compared = new Set<string>();
  private unchanged = 0;
  private results = 0;
  private indicators = 0;

  constructor(private readonly existing: StoredDigests) {}

  /** Compares all the recomputed rows of one indicator with its stored ones. */
  add(indicatorId: string, rows: readonly CapaianRowValues[]): void {
    const stored = this.existing.get(indicatorId);
    let matched = 0;
    for (const row of rows) {
      // Own keys only: a plain object (JSON.parse's) inherits names like `constructor`.
      const old = stored && Object.hasOwn(stored, row.period) ? stored[row.period] : undefined;
      const digest = capaianDigest(row);
      if (old !== undefined) matched++;
      if (old === digest) this.unchanged++;
      else this.upserts.push({ row, digest, isNew: old === undefined });
    }
    if (stored && matched < Object.keys(stored).length) this.deleteStale(indicatorId, stored, rows);
    this.compared.add(indicatorId);
    this.results += rows.length;
    if (rows.length > 0) this.indicators++;
  }

  /** The changes, with every stored row of an indicator that got no recomputed rows at all deleted. */
  changes(): RowChanges {
    for (const [indicatorId, stored] of this.existing)
      if (!this.compared.has(indicatorId)) this.deleteStale(indicatorId, stored, []);
    const { upserts, deletes, unchanged, results, indicators } = this;
    return { upserts, deletes, unchanged, results, indicators };
  }

  /** Stored periods of an indicator that none of its recomputed rows has. */
  private deleteStale(indicatorId: string, stored: Readonly<Record<string, string>>, rows: readonly CapaianRowValues[]): void {
    const kept = new Set(rows.map((row) => row.period));
    for (const period of Object.keys(stored)) if (!kept.has(period)) this.deletes.push({ indicator_id: indicatorId, period });
  }
}

/** Compares rows already made with the stored ones by digest (a recompute uses recomputeChanges; tests give rows). */
export function diffRows(existing: StoredDigests, next: readonly CapaianRowValues[]): RowChanges {
  const byIndicator = new Map<string, CapaianRowValues[]>();
  for (const row of next) {
    const rows = byIndicator.get(row.indicator_id);
    if (rows) rows.push(row);
    else byIndicator.set(row.indicator_id, [row]);
  }
  const collector = new ChangeCollector(existing);
  for (const [indicatorId, rows] of byIndicator) collector.add(indicatorId, rows);
  return collector.changes();
}

/**
 * diffRows(existing, computeGroupedYearRows(inputs, settings)) without keeping the year's rows: each indicator's rows
 * are compared as they are computed, and only the changed ones are kept.
 */
export function recomputeChanges(inputs: GroupedYearInputs, existing: StoredDigests, settings: CapaianSettings): RowChanges {
  const collector = new ChangeCollector(existing);
  forEachIndicatorRows(inputs, settings, (indicatorId, rows) => collector.add(indicatorId, rows));
  return collector.changes();
}
