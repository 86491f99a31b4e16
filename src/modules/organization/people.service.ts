import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { nameWithTitles } from './org-queries.service.ts';

/** A pegawai as official documents print them: name with titles, pangkat/golongan, NIP, NIK. */
export interface EmployeeCard {
  readonly id: string;
  readonly name: string;
  readonly nip: string;
  readonly nik: string | null;
  /** e.g. `Pembina Utama Muda (IV/c)`, or null when neither rank nor grade is known. */
  readonly pangkat: string | null;
}

function pangkatOf(rank: string | null, grade: string | null): string | null {
  if (rank && grade) return `${rank} (${grade})`;
  return rank ?? grade;
}

/** The employee cards for the given ids, in the tenant of the context; throws 404 naming a missing one. */
export async function employeeCards(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, EmployeeCard>> {
  if (ids.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title', 'nip', 'nik', 'rank', 'grade'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const cards = new Map(
    rows.map((r) => [r.id, { id: r.id, name: nameWithTitles(r), nip: r.nip, nik: r.nik, pangkat: pangkatOf(r.rank, r.grade) }]),
  );
  for (const id of ids) if (!cards.has(id)) throw new NotFoundError('employee');
  return cards;
}

/** A unit's kind and name (for kop rules), or 404. */
export async function unitFacts(ctx: RequestContext, unitId: string): Promise<{ id: string; kind: string; name: string }> {
  const row = await tenantDb(ctx).selectFrom('units').select(['id', 'kind', 'name']).where('id', '=', unitId).executeTakeFirst();
  if (!row) throw new NotFoundError('unit');
  return row;
}
