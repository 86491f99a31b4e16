/** Turns berkas rows into their views: unit name, the KKA name in the active pack, the number of letters. */
import type { RequestContext } from '../../platform/access/context.ts';
import { findArchiveClass } from '../regulation/index.ts';
import type { CaseFileView } from './records.contract.ts';
import { type CaseFileRow, letterCounts, unitNames } from './records.repository.ts';

async function kkaNames(ctx: RequestContext, codes: readonly string[]): Promise<Map<string, string | null>> {
  const names = new Map<string, string | null>();
  for (const code of new Set(codes)) names.set(code, (await findArchiveClass(ctx, code))?.name ?? null);
  return names;
}

/** The views of berkas rows, in the same order. */
export async function caseFileViews(ctx: RequestContext, rows: readonly CaseFileRow[]): Promise<CaseFileView[]> {
  const ids = rows.map((r) => r.id);
  const [counts, units, kka] = [
    await letterCounts(ctx, ids),
    await unitNames(
      ctx,
      rows.map((r) => r.unit_id),
    ),
    await kkaNames(
      ctx,
      rows.map((r) => r.kka_code),
    ),
  ];
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    unitId: row.unit_id,
    unitName: units.get(row.unit_id) ?? '',
    kka: row.kka_code,
    kkaName: kka.get(row.kka_code) ?? null,
    title: row.title,
    description: row.description,
    year: row.year,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    letterCount: counts.get(row.id) ?? 0,
    version: row.version,
  }));
}

/** The view of one berkas row. */
export async function caseFileView(ctx: RequestContext, row: CaseFileRow): Promise<CaseFileView> {
  const [view] = await caseFileViews(ctx, [row]);
  if (!view) throw new Error('caseFileViews lost a row');
  return view;
}
