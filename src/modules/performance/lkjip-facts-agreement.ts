/** The signed Perjanjian Kinerja of an OPD's head for a year, as the LKjIP's Bab II and lampiran print it (issue #6). */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/** A signed PK with its items (targets as taken) and its budget rows. */
export interface LkjipAgreementFacts {
  readonly id: string;
  readonly revision: number;
  readonly documentId: string | null;
  readonly documentNumber: string | null;
  readonly verificationCode: string | null;
  readonly firstParty: { readonly name: string | null; readonly jabatan: string | null };
  readonly secondParty: { readonly name: string | null; readonly jabatan: string | null };
  readonly signedAt: string | null;
  readonly items: readonly {
    readonly indicatorId: string;
    readonly sasaran: string;
    readonly indicatorName: string;
    readonly unitOfMeasure: string;
    readonly target: {
      readonly kind: 'number' | 'range' | 'text' | null;
      readonly value: string | null;
      readonly min: string | null;
      readonly max: string | null;
      readonly text: string | null;
    };
  }[];
  readonly budgets: readonly { readonly programCode: string; readonly programName: string; readonly pagu: string }[];
}

/** The latest signed PK of the OPD's head (level `opd`, else any level) for the year; null when none is signed. */
export async function signedAgreementFacts(
  ctx: RequestContext,
  unitId: string,
  year: number,
): Promise<LkjipAgreementFacts | null> {
  const db = tenantDb(ctx);
  const rows = await db
    .selectFrom('performance_agreements')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('status', '=', 'signed')
    .orderBy('revision', 'desc')
    .execute();
  const pk = rows.find((r) => r.level === 'opd') ?? rows[0];
  if (!pk) return null;
  const [items, budgets] = await Promise.all([
    db.selectFrom('agreement_items').selectAll().where('agreement_id', '=', pk.id).orderBy('sort_order').execute(),
    db.selectFrom('agreement_budgets').selectAll().where('agreement_id', '=', pk.id).orderBy('sort_order').execute(),
  ]);
  return {
    ...{ id: pk.id, revision: pk.revision, documentId: pk.document_id, documentNumber: pk.document_number },
    verificationCode: pk.verification_code,
    firstParty: { name: pk.first_party_name, jabatan: pk.first_party_jabatan },
    secondParty: { name: pk.second_party_name, jabatan: pk.second_party_jabatan },
    signedAt: pk.first_party_signed_at,
    items: items.map((i) => ({
      ...{ indicatorId: i.indicator_id, sasaran: i.sasaran, indicatorName: i.indicator_name },
      unitOfMeasure: i.unit_of_measure,
      target: { kind: i.target_kind, value: i.target_value, min: i.target_min, max: i.target_max, text: i.target_text },
    })),
    budgets: budgets.map((b) => ({ programCode: b.program_code, programName: b.program_name, pagu: b.pagu })),
  };
}
