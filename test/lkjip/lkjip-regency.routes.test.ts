/**
 * The regency's LKjIP over HTTP: its lampiran completeness names each reporting OPD without a signed PK with the
 * regional head, an OPD's planner may not finalise it, and the coordinator finalises it into a document the holder of
 * the `pemda` root unit's head position (the Bupati) signs: pdfsig finds one valid signature by the Bupati.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import { positionAccount } from '../factories/correspondence.ts';
import { annualTargetRow, indicatorRow, nodeRow, realisasiRow } from '../factories/dashboard.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdfsig, validSignatureCount } from '../support/poppler.ts';
import { type LkjipSeed, seedLkjip, YEAR } from './seed.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const AT = '2026-01-05T00:00:00.000Z';
const BUPATI_NAME = 'Rahmat Hidayat';
let h: Harness;
let seed: LkjipSeed;
let opdPlanner: Session;
let coordinator: Session;
let bupati: Session;
let bupatiEmployeeId: string;
let reportId: string;

interface Item {
  code: string;
  field: string;
  message: { id: string; en: string };
}

const db = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });

/** The regional government: a `pemda` root unit whose head position the Bupati holds today. */
async function seedRegencyHead() {
  const pemda = await ensureOpd(h, h.tenants.a, 'PEMDA', 'Pemerintah Kabupaten Uji', 'pemda');
  await db()
    .insertInto('positions', { id: newId(), unit_id: pemda, code: 'BUPATI', name: 'Bupati Uji', echelon: null, is_head: 1 })
    .execute();
  const account = await positionAccount(h, h.tenants.a, { positionCode: 'BUPATI', name: BUPATI_NAME });
  bupati = account.session;
  bupatiEmployeeId = account.employeeId;
}

/** An RPJMD sasaran of the regency with one indicator, its target and a verified yearly realisasi. */
async function seedRegencyIndicator() {
  const period = await db().selectFrom('plan_periods').select('id').executeTakeFirstOrThrow();
  const node = { ...nodeRow(period.id, null), title: 'Meningkatnya kualitas tata kelola' };
  await db().insertInto('plan_nodes', node).execute();
  const indicator = indicatorRow(node.id, { name: 'Indeks reformasi birokrasi', frequency: 'yearly' });
  await db().insertInto('indicators', indicator).execute();
  await db()
    .insertInto('indicator_targets', annualTargetRow(indicator.id, YEAR, '70'))
    .execute();
  await db()
    .insertInto('indicator_realizations', realisasiRow(indicator.id, YEAR, 'Y', '72'))
    .execute();
}

/** A signed Kepala OPD ↔ Bupati PK (level opd) of the OPD for the year. */
async function signPkOf(unitId: string) {
  const position = await db().selectFrom('positions').select('id').where('code', '=', 'BUPATI').executeTakeFirstOrThrow();
  await db()
    .insertInto('performance_agreements', {
      ...{ id: newId(), unit_id: unitId, year: YEAR, level: 'opd' },
      ...{ first_party_position_id: position.id, second_party_position_id: position.id },
      ...{ first_party_employee_id: null, first_party_name: 'Kepala Dinas Kesehatan', first_party_nip: null },
      ...{ first_party_jabatan: 'Kepala Dinas Kesehatan', second_party_employee_id: null },
      ...{ second_party_name: BUPATI_NAME, second_party_nip: null, second_party_jabatan: 'Bupati Uji' },
      ...{ revision: 0, supersedes_id: null, revision_reason: null, status: 'signed', document_id: null },
      ...{ document_number: '800/21/2026', verification_code: null, second_party_signed_at: AT, first_party_signed_at: AT },
      ...{ superseded_at: null, created_by: null, created_at: AT, updated_at: AT },
    })
    .execute();
}

beforeAll(async () => {
  h = await startHarness();
  seed = await seedLkjip(h, h.tenants.a);
  await seedRegencyHead();
  await seedRegencyIndicator();
  opdPlanner = await plannerIn(h, h.tenants.a, seed.unitId);
  coordinator = await plannerIn(h, h.tenants.a, await ensureOpd(h, h.tenants.a, 'BAPPEDA', 'Badan Perencanaan', 'badan'));
  const res = await h.inject({
    method: 'POST',
    url: '/api/lkjip/reports',
    as: coordinator,
    payload: { unitId: null, year: YEAR },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  reportId = res.json().id;
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const ONE = () => `/api/lkjip/reports/${reportId}`;
const report = async () => (await h.inject({ method: 'GET', url: ONE(), as: coordinator })).json();
const items = async (): Promise<Item[]> =>
  (await h.inject({ method: 'GET', url: `${ONE()}/completeness`, as: coordinator })).json().items;

/** Writes a text into every narrative section that has none. */
async function writeEmptySections() {
  for (const s of (await report()).sections as { key: string; text: string; version: number }[])
    if (!s.text.trim())
      await h.inject({
        method: 'PUT',
        url: `${ONE()}/sections`,
        as: coordinator,
        payload: { key: s.key, text: `Uraian ${s.key}.`, version: s.version },
      });
}

describe('the regency LKjIP', () => {
  it('names each reporting OPD without a signed PK with the regional head, and only those', async () => {
    const agreements = (await items()).filter((i) => i.field.startsWith('agreements'));
    expect(agreements.map((i) => [i.code, i.field])).toEqual([['opdAgreementNotSigned', `agreements.${seed.otherUnitId}`]]);
    expect(agreements[0]?.message.id).toContain('Dinas Kesehatan');
    expect(agreements[0]?.message.en).toContain('Dinas Kesehatan');
  });

  it('names the OPD again when its PK with the regional head is superseded without a signed revision', async () => {
    await db().updateTable('performance_agreements').set({ status: 'superseded' }).where('id', '=', seed.agreementId).execute();
    try {
      const found = (await items()).filter((i) => i.field.startsWith('agreements')).map((i) => i.field);
      expect(found.sort()).toEqual([`agreements.${seed.otherUnitId}`, `agreements.${seed.unitId}`].sort());
    } finally {
      await db().updateTable('performance_agreements').set({ status: 'signed' }).where('id', '=', seed.agreementId).execute();
    }
  });

  it('becomes complete once every reporting OPD has signed, and lists the PKs in its lampiran', async () => {
    await signPkOf(seed.otherUnitId);
    await writeEmptySections();
    expect(await items()).toEqual([]);
    const outline = JSON.stringify((await report()).outline);
    expect(outline).toContain('800/17/2026');
    expect(outline).toContain('800/21/2026');
  });

  it('refuses an OPD planner (403) and finalises by the coordinator into a document the Bupati signs', async () => {
    const made = await h.inject({ method: 'POST', url: `${ONE()}/versions`, as: coordinator });
    expect(made.statusCode, made.body).toBe(201);
    const before = await report();
    const refused = await h.inject({
      method: 'POST',
      url: `${ONE()}/finalise`,
      as: opdPlanner,
      payload: { version: before.version },
    });
    expect(refused.statusCode).toBe(403);
    const res = await h.inject({
      method: 'POST',
      url: `${ONE()}/finalise`,
      as: coordinator,
      payload: { version: before.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const documentId = res.json().documentId as string;
    const signers = await db()
      .selectFrom('document_signers')
      .select('employee_id')
      .where('document_id', '=', documentId)
      .execute();
    expect(signers).toEqual([{ employee_id: bupatiEmployeeId }]);
    const stranger = await h.inject({ method: 'POST', url: `/api/documents/${documentId}/sign`, as: opdPlanner, payload: {} });
    expect([403, 404]).toContain(stranger.statusCode);
    const signed = await h.inject({ method: 'POST', url: `/api/documents/${documentId}/sign`, as: bupati, payload: {} });
    expect(signed.statusCode, signed.body).toBe(200);
    const pdf = await h.inject({ method: 'GET', url: `/api/documents/${documentId}/pdf`, as: bupati });
    expect(pdf.statusCode).toBe(200);
    const verdict = await pdfsig(pdf.rawPayload);
    expect(validSignatureCount(verdict)).toBe(1);
    expect(verdict).toContain(BUPATI_NAME);
  });
});
