/** Test helpers for realisasi: an OPD plan with indicators, evidence multipart bodies and a snapshot of the measurement tables. */
import { randomBytes } from 'node:crypto';
import { tenantDb } from '../../src/db/tenant-db.ts';
import type { Harness, HarnessTenant, Session } from '../support/harness.ts';
import { SAMPLE_INDICATOR } from './performance.ts';

/** What realizationPlan makes: an active 2025–2029 period with a Dinkes Renstra tujuan and two indicators. */
export interface RealizationPlan {
  readonly periodId: string;
  /** Quarterly, cumulative, no negatives; targets 2026: year 80, Q2 20. */
  readonly quarterlyId: string;
  /** Yearly, negatives allowed (a growth rate). */
  readonly growthId: string;
  /** Monthly, no negatives, no targets. */
  readonly monthlyId: string;
}

async function created(h: Harness, as: Session, url: string, payload: object): Promise<string> {
  const res = await h.inject({ method: 'POST', url, as, payload });
  if (res.statusCode !== 201) throw new Error(`${url} failed: ${res.body}`);
  return res.json().id as string;
}

/** The plan, made by a Bappeda planner. */
export async function realizationPlan(h: Harness, bappeda: Session, dinkesId: string): Promise<RealizationPlan> {
  const P = '/api/performance';
  const periodId = await created(h, bappeda, `${P}/periods`, { startYear: 2025, title: 'RPJMD 2025-2029' });
  const activated = await h.inject({
    method: 'POST',
    url: `${P}/periods/${periodId}/activate`,
    as: bappeda,
    payload: { version: 1 },
  });
  if (activated.statusCode !== 200) throw new Error(`activate failed: ${activated.body}`);
  const tujuan = await created(h, bappeda, `${P}/periods/${periodId}/nodes`, {
    document: 'renstra',
    kind: 'tujuan',
    title: 'Meningkatnya derajat kesehatan',
    unitId: dinkesId,
  });
  const quarterlyId = await created(h, bappeda, `${P}/nodes/${tujuan}/indicators`, {
    ...SAMPLE_INDICATOR,
    name: 'Persentase balita ditimbang',
    unitOfMeasure: '%',
    frequency: 'quarterly',
    aggregation: 'cumulative',
    numeratorLabel: 'Balita ditimbang',
    denominatorLabel: 'Jumlah balita',
    targets: [
      { year: 2026, kind: 'number', value: '80' },
      { year: 2026, period: 'Q2', kind: 'number', value: '20' },
    ],
  });
  const growthId = await created(h, bappeda, `${P}/nodes/${tujuan}/indicators`, {
    ...SAMPLE_INDICATOR,
    name: 'Pertumbuhan kunjungan puskesmas',
    unitOfMeasure: '%',
    allowNegative: true,
    sortOrder: 1,
  });
  const monthlyId = await created(h, bappeda, `${P}/nodes/${tujuan}/indicators`, {
    ...SAMPLE_INDICATOR,
    name: 'Jumlah kunjungan rawat jalan',
    unitOfMeasure: 'kunjungan',
    frequency: 'monthly',
    aggregation: 'cumulative',
    sortOrder: 2,
  });
  return { periodId, quarterlyId, growthId, monthlyId };
}

/** A multipart body with a `title` field (omitted when undefined) and a `file` part. */
export function evidenceMultipart(data: Buffer, title: string | undefined, fileName = 'bukti.pdf') {
  const boundary = `----pamong${randomBytes(8).toString('hex')}`;
  const parts = [
    ...(title === undefined
      ? []
      : [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n`)]),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Every row of the measurement tables (and files) of a tenant, to prove a refusal changed nothing. */
export async function measurementSnapshot(h: Harness, tenant: HarnessTenant): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const tables = [
    'indicator_realizations',
    'realization_evidence',
    'target_revisions',
    'realization_reopenings',
    'indicator_targets',
    'files',
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = await db.selectFrom(table).selectAll().orderBy('id').execute();
  return JSON.stringify(out);
}
