/**
 * Outage mode (§4.2 rule 4, the Kalbar case): numbers written by hand while Pamong was unreachable are
 * recorded afterwards on the same counter, and reconciliation moves each counter past them.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { ConflictError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { baseRow, printNumber, resolveTarget } from './number-target.ts';
import { formatWithPlaceholders, parseTemplate, type TemplatePart } from './number-template.ts';
import type { ManualInput, NumberView, ReconcileInput, ReconcileReport } from './numbering.contract.ts';
import { enforce, mayManageNumbering } from './numbering.policy.ts';
import {
  bumpCounter,
  type CounterKey,
  type NumberRow,
  numberAt,
  numbersOfCounter,
  numberView,
  setCounter,
} from './numbering.repository.ts';
import { type SchemeRow, schemeByCode } from './schemes.service.ts';

/**
 * Records a number written by hand during an outage, as USED (the paper letter exists). The typed sequence
 * must not collide with a number already in the register (409). The counter is locked first; allocation
 * steps over recorded manual sequences until reconciliation moves the counter past them.
 */
export async function recordManualNumber(ctx: RequestContext, schemeCode: string, input: ManualInput): Promise<NumberView> {
  enforce(mayManageNumbering(ctx.actor));
  const scheme = await schemeByCode(ctx, schemeCode);
  const target = await resolveTarget(ctx, scheme, input);
  return inTransaction(ctx, async (tx) => {
    await bumpCounter(tx, target.key, 0, tx.platform.now().toISOString());
    const existing = await numberAt(tx, target.key, input.seq);
    if (existing) throw new ConflictError('numbering.manualCollision', { seq: input.seq, formatted: existing.formatted });
    const formatted = printNumber(target, input.seq);
    const row = {
      ...baseRow(tx, target, input.seq, '', formatted),
      id: newId(),
      state: 'used' as const,
      reason: null,
      note: input.note,
      reference_type: null,
      reference_id: null,
      manual: 1,
      used_at: tx.platform.now().toISOString(),
    };
    await tenantDb(tx).insertInto('numbers', row).execute();
    await recordAudit(tx, 'numbering.manual_recorded', {
      objectType: 'number',
      objectId: row.id,
      data: { scheme: scheme.code, formatted, seq: input.seq, date: row.number_date, note: input.note },
    });
    return numberView({ ...row, tenant_id: tx.tenantId }, scheme.code);
  });
}

type CounterReport = ReconcileReport['counters'][number];

/** Sequences 1…last without a regular (non-insertion) number. */
function gapsOf(rows: readonly NumberRow[], last: number): number[] {
  const taken = new Set(rows.filter((r) => r.suffix === '').map((r) => Number(r.seq)));
  const gaps: number[] = [];
  for (let seq = 1; seq <= last; seq++) if (!taken.has(seq)) gaps.push(seq);
  return gaps;
}

/** Writes a VOID row for a skipped sequence, so the register has no gap without a void record. */
async function voidGap(tx: RequestContext, key: CounterKey, parts: readonly TemplatePart[], seq: number, rows: NumberRow[]) {
  const next = rows.find((r) => Number(r.seq) > seq);
  const unit = /unit:([^|]+)/.exec(key.scopeKey)?.[1];
  const jenis = /jenis:(.+)$/.exec(key.scopeKey)?.[1];
  const date = next?.number_date ?? `${key.year}-01-01`;
  const at = tx.platform.now().toISOString();
  await tenantDb(tx)
    .insertInto('numbers', {
      id: newId(),
      scheme_id: key.schemeId,
      scope_key: key.scopeKey,
      year: key.year,
      seq,
      suffix: '',
      formatted: formatWithPlaceholders(parts, { seq, year: key.year, month: Number(date.slice(5, 7)), unit, jenis }).slice(
        0,
        100,
      ),
      number_date: date,
      unit_code: unit ?? null,
      kka: null,
      document_type_code: jenis ?? null,
      state: 'void',
      reason: 'Tidak terpakai; dicatat batal saat rekonsiliasi mode darurat.',
      note: null,
      reference_type: null,
      reference_id: null,
      manual: 0,
      created_by: tx.actor.userId,
      created_at: at,
      used_at: null,
      voided_at: at,
      reconciled_at: at,
    })
    .execute();
}

/** Locks one counter, moves it past its highest number, lists its manual numbers and gaps (voiding them if asked). */
async function reconcileCounter(tx: RequestContext, key: CounterKey, parts: readonly TemplatePart[], voidGaps: boolean) {
  const at = tx.platform.now().toISOString();
  const before = await bumpCounter(tx, key, 0, at);
  const rows = await numbersOfCounter(tx, key);
  const after = rows.reduce((max, r) => Math.max(max, Number(r.seq)), before);
  if (after !== before) await setCounter(tx, key, after, at);
  const gaps = gapsOf(rows, after);
  if (voidGaps) for (const seq of gaps) await voidGap(tx, key, parts, seq, rows);
  const manual = rows.filter((r) => Number(r.manual) === 1);
  await tenantDb(tx)
    .updateTable('numbers')
    .set({ reconciled_at: at })
    .where('id', 'in', manual.length ? manual.map((r) => r.id) : [''])
    .where('reconciled_at', 'is', null)
    .execute();
  const manualNumbers = manual.map((r) => ({ id: r.id, seq: Number(r.seq), formatted: r.formatted, date: r.number_date }));
  return {
    scopeKey: key.scopeKey,
    counterBefore: before,
    counterAfter: after,
    manualNumbers,
    gaps,
    voidedGaps: voidGaps ? gaps : [],
  };
}

/** The same printed number in two counters of the scheme's year (the template omits what the scope separates). */
async function collisionsOf(tx: RequestContext, scheme: SchemeRow, year: number): Promise<ReconcileReport['collisions']> {
  const rows = await tenantDb(tx)
    .selectFrom('numbers')
    .select(['id', 'formatted'])
    .where('scheme_id', '=', scheme.id)
    .where('year', '=', year)
    .execute();
  const byFormatted = groupBy(rows, (r) => r.formatted);
  return [...byFormatted.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([formatted, group]) => ({ formatted, numberIds: group.map((g) => g.id) }));
}

/**
 * Reconciles a scheme's year after an outage: for every counter, lists the manual numbers, moves the counter
 * past the highest recorded sequence, reports the sequences without a number (and records them as void when
 * `voidGaps`), and reports printed numbers that collide across counters. Audited with what it did.
 */
export async function reconcileOutage(ctx: RequestContext, schemeCode: string, input: ReconcileInput): Promise<ReconcileReport> {
  enforce(mayManageNumbering(ctx.actor));
  const scheme = await schemeByCode(ctx, schemeCode);
  const parsed = parseTemplate(scheme.template);
  const parts = parsed.ok ? parsed.parts : [];
  return inTransaction(ctx, async (tx) => {
    const counters = await tenantDb(tx)
      .selectFrom('number_counters')
      .select('scope_key')
      .where('scheme_id', '=', scheme.id)
      .where('year', '=', input.year)
      .orderBy('scope_key')
      .execute();
    const reports: CounterReport[] = [];
    for (const { scope_key } of counters)
      reports.push(
        await reconcileCounter(tx, { schemeId: scheme.id, scopeKey: scope_key, year: input.year }, parts, input.voidGaps),
      );
    const report = {
      schemeCode: scheme.code,
      year: input.year,
      counters: reports,
      collisions: await collisionsOf(tx, scheme, input.year),
    };
    await recordAudit(tx, 'numbering.reconciled', {
      objectType: 'number_scheme',
      objectId: scheme.id,
      data: {
        year: input.year,
        moves: reports
          .filter((r) => r.counterAfter !== r.counterBefore)
          .map((r) => [r.scopeKey, r.counterBefore, r.counterAfter]),
        manual: reports.reduce((n, r) => n + r.manualNumbers.length, 0),
        gaps: reports.reduce((n, r) => n + r.gaps.length, 0),
        voidedGaps: input.voidGaps,
        collisions: report.collisions.length,
      },
    });
    return report;
  });
}
