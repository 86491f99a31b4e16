/** Lookups shared by the accountability use cases: a desa with its kecamatan, an indicator of a desa-year, a realisasi. */
import type { VillageRealizationsTable } from '../../db/schema/villages-accountability.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { EvidenceKind, VillageRealizationView } from './village-accountability.contract.ts';

/** A desa of the tenant's wilayah with its kecamatan. */
export interface DesaRecord {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kecamatanId: string | null;
  readonly kecamatan: { readonly id: string; readonly name: string } | null;
}

/** SECURITY: the desa is looked up through tenantDb first, so another tenant's id (or a kecamatan's) is a 404. */
export async function requireDesa(ctx: RequestContext, regionId: string): Promise<DesaRecord> {
  const row = await tenantDb(ctx)
    .selectFrom('regions')
    .leftJoin('regions as kec', (j) =>
      j.onRef('kec.tenant_id', '=', 'regions.tenant_id').onRef('kec.id', '=', 'regions.parent_id'),
    )
    .select(['regions.id', 'regions.code', 'regions.name', 'kec.id as kecId', 'kec.name as kecName'])
    .where('regions.id', '=', regionId)
    .where('regions.level', '=', 'desa')
    .executeTakeFirst();
  if (!row) throw new NotFoundError('desa');
  const kecamatan = row.kecId && row.kecName ? { id: row.kecId, name: row.kecName } : null;
  return { id: row.id, code: row.code, name: row.name, kecamatanId: kecamatan?.id ?? null, kecamatan };
}

/** An indicator a desa reports on: a mandated result of the year or one of the desa's own. */
export interface IndicatorRecord {
  readonly kind: 'mandatory' | 'own';
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly polarity: 'maximize' | 'minimize' | 'stabilize';
  readonly aggregation: 'cumulative' | 'last' | 'average';
  readonly evidenceKind: EvidenceKind;
}

/** The indicator `indicatorId` as it applies to the desa-year, or null when it is not one of theirs. */
export async function indicatorOfDesaYear(
  ctx: RequestContext,
  indicatorId: string,
  regionId: string,
  year: number,
): Promise<IndicatorRecord | null> {
  const db = tenantDb(ctx);
  const mandatory = await db
    .selectFrom('village_mandatory_results')
    .select(['id', 'code', 'name', 'unit', 'polarity', 'aggregation', 'evidence_kind'])
    .where('id', '=', indicatorId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (mandatory) return { kind: 'mandatory', ...mandatory, evidenceKind: mandatory.evidence_kind };
  const own = await db
    .selectFrom('village_indicators')
    .select(['id', 'code', 'name', 'unit', 'polarity', 'aggregation'])
    .where('id', '=', indicatorId)
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst();
  return own ? { kind: 'own', ...own, evidenceKind: 'none' } : null;
}

/** A stored realisasi row. */
export type RealizationRow = Pick<VillageRealizationsTable, Exclude<keyof VillageRealizationsTable, 'tenant_id' | 'version'>> & {
  version: number;
};

/** The realisasi with this client id, or undefined. */
export async function realizationByClientId(ctx: RequestContext, clientId: string): Promise<RealizationRow | undefined> {
  const row = await tenantDb(ctx)
    .selectFrom('village_realizations')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row && { ...row, version: Number(row.version) };
}

/** SECURITY: a realisasi by id through tenantDb (another tenant's id → 404). */
export async function requireRealization(ctx: RequestContext, id: string): Promise<RealizationRow> {
  const row = await tenantDb(ctx).selectFrom('village_realizations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('realization');
  return { ...row, version: Number(row.version) };
}

/** The realisasi with its evidence (masked identifiers only) as answered. */
export async function realizationView(ctx: RequestContext, row: RealizationRow): Promise<VillageRealizationView> {
  const db = tenantDb(ctx);
  const rows = await db
    .selectFrom('village_evidence_rows')
    .selectAll()
    .where('realization_id', '=', row.id)
    .orderBy('position')
    .execute();
  const photos = await db
    .selectFrom('village_evidence_photos')
    .select(['client_id', 'content_type', 'size', 'sha256'])
    .where('realization_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('client_id')
    .execute();
  const ikm = rows.find((r) => r.kind === 'ikm');
  return {
    id: row.id,
    clientId: row.client_id,
    regionId: row.region_id,
    year: Number(row.year),
    indicatorId: (row.mandatory_result_id ?? row.indicator_id)!,
    indicatorKind: row.mandatory_result_id ? 'mandatory' : 'own',
    quarter: row.quarter,
    value: row.value,
    note: row.note,
    status: row.status,
    returnNote: row.return_note,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    version: row.version,
    evidence: {
      households: rows
        .filter((r) => r.kind === 'households')
        .map((r) => ({
          clientId: r.client_id!,
          noKkMasked: r.no_kk_masked!,
          nikMasked: r.nik_masked,
          name: r.name!,
          reason: r.reason!,
        })),
      children: rows
        .filter((r) => r.kind === 'children')
        .map((r) => ({
          clientId: r.client_id!,
          nikMasked: r.nik_masked!,
          name: r.name!,
          ageMonths: Number(r.age_months),
          heightCm: r.height_cm,
          weightKg: r.weight_kg,
          status: r.child_status as 'normal',
        })),
      ikm: ikm ? { respondents: Number(ikm.respondents), score: ikm.score! } : null,
      photos: photos.map((p) => ({ clientId: p.client_id, contentType: p.content_type, size: Number(p.size), sha256: p.sha256 })),
    },
  };
}

/** True for a unique-constraint violation on SQLite or PostgreSQL (two copies of one submission raced). */
export const isUniqueViolation = (err: unknown): boolean =>
  ['SQLITE_CONSTRAINT_UNIQUE', '23505'].includes(String((err as { code?: unknown } | null)?.code ?? ''));
