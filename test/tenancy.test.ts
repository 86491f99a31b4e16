/**
 * THE TENANCY SWEEP: every route with a path parameter is called by an equally privileged admin of
 * tenant B on a resource of tenant A, and must answer 404. A new parameterised route without a sweep
 * entry fails this file until someone writes one.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformDb } from '../src/db/system-db.ts';
import { tenantDb } from '../src/db/tenant-db.ts';
import { SESSION_COOKIE } from '../src/modules/identity/session-tokens.ts';
import { notifyUsers } from '../src/modules/notifications/index.ts';
import { reserveNumber } from '../src/modules/numbering/index.ts';
import { systemContext } from '../src/platform/access/context.ts';
import { enqueue } from '../src/platform/jobs/index.ts';
import { createSamplePdf } from '../src/platform/signing/signing.test-support.ts';
import { PERMISSIONS, permissionsForRoles } from '../src/shared/permissions.ts';
import { letterMetadata, letterMultipart, positionAccount } from './factories/correspondence.ts';
import { signerAccounts, suratTugasInput } from './factories/signers.ts';
import { type Harness, type Session, startHarness } from './support/harness.ts';

// Inline vitest projects do not inherit the root timeouts; argon2 and the real wilayah data need more than the defaults.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/** What a sweep entry gives back: the params naming a resource of tenant A, and the body to send. */
interface SweepCall {
  params: Record<string, string>;
  body?: unknown;
}

type SweepEntry = (h: Harness) => Promise<SweepCall>;

/** One entry per `METHOD url` with a `:param`; each creates or picks a resource in tenant A. */
/** A pending org-import job of tenant A (its payload never needs to run). */
function enqueueJobOfTenantA(h: Harness): Promise<string> {
  const [job] = h.app.jobs;
  const payload = { fileKey: 'sweep/none.xlsx', fileName: 'none.xlsx', locale: 'id', requestedBy: 'sweep' };
  return enqueue({ db: h.db, tenantId: h.tenants.a.id }, job, payload);
}

/** A document of tenant A, signed by nobody yet (its signer is a pegawai of A). */
async function documentOfTenantA(h: Harness): Promise<string> {
  const [signer] = await signerAccounts(h, h.tenants.a, ['196705121990031003'], `sweep${++sweepSigners}`);
  const res = await h.inject({ method: 'POST', url: '/api/documents', as: signer!.session, payload: suratTugasInput([signer!]) });
  return res.json().id as string;
}
let sweepSigners = 0;

async function employeeOfTenantA(h: Harness): Promise<string> {
  const row = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('employees')
    .select('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function certificateOfTenantA(h: Harness): Promise<string> {
  const adminA = await h.loginAs(h.tenants.a, 'admin');
  const employeeId = await employeeOfTenantA(h);
  const res = await h.inject({ method: 'POST', url: `/api/signing/employees/${employeeId}/certificate`, as: adminA });
  if (res.statusCode === 201) return res.json().id as string;
  const list = await h.inject({ method: 'GET', url: '/api/signing/certificates', as: adminA });
  return list.json().items[0].id as string;
}

const LETTERHEAD = { lines: ['PEMERINTAH KABUPATEN KARANGANYAR'], address: 'Jl. Lawu No. 385' };
const unitOfA = async (h: Harness) => ({ params: { unitId: await h.unitId(h.tenants.a, 'DISKOMINFO') }, body: LETTERHEAD });

/** A reserved SURAT number of tenant A. */
async function numberOfTenantA(h: Harness): Promise<string> {
  const ctx = systemContext(h.db, h.platform, h.tenants.a.id, 'sweep', permissionsForRoles(['staf']));
  return (await reserveNumber(ctx, { schemeCode: 'SURAT', unitCode: 'DISKOMINFO', kka: '000.1', date: '2026-01-05' })).id;
}

/** A numbering scheme that only tenant A has (default codes exist in every tenant). */
let sweepScheme: Promise<string> | undefined;
function schemeOfTenantA(h: Harness): Promise<string> {
  sweepScheme ??= h.loginAs(h.tenants.a, 'admin').then(async (as) => {
    const payload = { code: 'SWEEP_A', name: 'Sweep', template: '{URUT}/SW/{YYYY}', counterScope: 'tenant' };
    await h.inject({ method: 'POST', url: '/api/numbering/schemes', as, payload });
    return 'SWEEP_A';
  });
  return sweepScheme;
}
const numberingSchemeOfA = (body: unknown) => async (h: Harness) => ({ params: { code: await schemeOfTenantA(h) }, body });

/** The draft regulation pack of tenant A (made once; edits and activation need a draft). */
let sweepDraftPack: Promise<string> | undefined;
function draftPackOfTenantA(h: Harness): Promise<string> {
  sweepDraftPack ??= h
    .loginAs(h.tenants.a, 'admin')
    .then(async (as) => (await h.inject({ method: 'POST', url: '/api/regulation/packs', as })).json().id as string);
  return sweepDraftPack;
}
const draftPackOfA = (body?: unknown) => async (h: Harness) => ({ params: { packId: await draftPackOfTenantA(h) }, body });
const REGULATION_LABELS = {
  security: ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'].map((code) => ({ code, label: code, abbreviation: 'X' })),
  urgency: ['biasa', 'segera', 'sangat_segera'].map((code) => ({ code, label: code, slaHours: 24 })),
};

/**
 * Public routes that are global on purpose: a verification code names its tenant itself, so anyone
 * (of any tenant, or none) reaches it. They are checked for leaks in test/documents instead.
 */
const GLOBAL_PUBLIC = new Set(['GET /api/public/verifikasi/:code']);

/** An incoming letter of tenant A (registered by its pencatat) and a first-level disposition of it, made once. */
let sweepCorrespondence: Promise<{ letterId: string; dispositionId: string }> | undefined;
function correspondenceOfTenantA(h: Harness) {
  sweepCorrespondence ??= (async () => {
    const a = h.tenants.a;
    const head = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Sapuan Plh Kadis', kind: 'plh' });
    const target = await positionAccount(h, a, { positionCode: 'SWEEP-KABID', name: 'Sapuan Kabid' });
    const pencatat = await h.loginAs(a, 'pencatat');
    const upload = letterMultipart(letterMetadata(await h.unitId(a, 'DISKOMINFO')), await createSamplePdf());
    const letter = await h.inject({ method: 'POST', url: '/api/letters/incoming', as: pencatat, ...upload });
    const letterId = letter.json().id as string;
    const payload = { to: [{ positionId: target.positionId }] };
    const made = await h.inject({ method: 'POST', url: `/api/letters/${letterId}/dispositions`, as: head.session, payload });
    return { letterId, dispositionId: made.json().ids[0] as string };
  })();
  return sweepCorrespondence;
}
const letterOfA = (body?: unknown) => async (h: Harness) => ({
  params: { letterId: (await correspondenceOfTenantA(h)).letterId },
  ...(body === undefined ? {} : { body }),
});
const dispositionOfA = (body: unknown) => async (h: Harness) => ({
  params: { dispositionId: (await correspondenceOfTenantA(h)).dispositionId },
  body,
});
const SOME_POSITION = '01900000-0000-7000-8000-000000000000';

/** An outgoing draft of tenant A (drafted by a staff member, submitted so it has a paraf step), made once. */
let sweepOutgoing: Promise<{ draftId: string; stepId: string; input: Record<string, unknown> }> | undefined;
function outgoingOfTenantA(h: Harness) {
  sweepOutgoing ??= (async () => {
    const a = h.tenants.a;
    const drafter = await positionAccount(h, a, { positionCode: 'PRANATA-KOMINFO', name: 'Sapuan Konseptor' });
    const scoped = tenantDb({ db: h.db, tenantId: a.id });
    const idOf = async (code: string) =>
      (await scoped.selectFrom('positions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const input = {
      typeCode: 'ND',
      kka: '000.1.5',
      security: 'biasa',
      urgency: 'biasa',
      signerPositionId: await idOf('KADIS-KOMINFO'),
      parafChain: [await idOf('KABAG-ORG')],
      addressees: { positions: [{ positionId: await idOf('SEKDA'), role: 'kepada' }] },
      content: { title: 'NOTA DINAS', hal: 'Uji sapuan', place: 'Karanganyar', body: [{ kind: 'paragraph', text: 'Isi.' }] },
    };
    const made = await h.inject({ method: 'POST', url: '/api/letters/outgoing', as: drafter.session, payload: input });
    const draftId = made.json().id as string;
    await h.inject({ method: 'POST', url: `/api/letters/outgoing/${draftId}/submit`, as: drafter.session });
    const step = await scoped.selectFrom('approval_steps').select('id').where('draft_id', '=', draftId).executeTakeFirstOrThrow();
    return { draftId, stepId: step.id, input };
  })();
  return sweepOutgoing;
}
const draftOfA =
  (body?: (input: Record<string, unknown>) => unknown, extra: Record<string, string> = {}) =>
  async (h: Harness) => {
    const made = await outgoingOfTenantA(h);
    return { params: { draftId: made.draftId, ...extra }, ...(body === undefined ? {} : { body: body(made.input) }) };
  };
const stepOfA = (body: unknown) => async (h: Harness) => ({ params: { stepId: (await outgoingOfTenantA(h)).stepId }, body });

const SWEEP: Record<string, SweepEntry> = {
  'POST /api/notifications/:notificationId/read': async (h) => {
    const ctx = systemContext(h.db, h.platform, h.tenants.a.id, 'sweep', new Set());
    const [id] = await notifyUsers(ctx, {
      userIds: [h.tenants.a.users.admin.id],
      kind: 'sweep',
      title: 'uji',
      body: 'uji',
      security: 'biasa',
    });
    return { params: { notificationId: id! } };
  },
  'GET /api/documents/:documentId': async (h) => ({ params: { documentId: await documentOfTenantA(h) } }),
  'GET /api/documents/:documentId/pdf': async (h) => ({ params: { documentId: await documentOfTenantA(h) } }),
  'POST /api/documents/:documentId/sign': async (h) => ({ params: { documentId: await documentOfTenantA(h) }, body: {} }),
  'POST /api/signing/certificates/:certificateId/revoke': async (h) => ({
    params: { certificateId: await certificateOfTenantA(h) },
    body: { reason: 'uji' },
  }),
  'POST /api/signing/employees/:employeeId/certificate': async (h) => ({ params: { employeeId: await employeeOfTenantA(h) } }),
  'GET /api/documents/kop/units/:unitId': unitOfA,
  'PUT /api/documents/kop/units/:unitId': unitOfA,
  'POST /api/documents/kop/units/:unitId/lambang': unitOfA,
  'GET /api/documents/kop/units/:unitId/preview': unitOfA,
  'PUT /api/numbering/schemes/:code': numberingSchemeOfA({ insertionQuota: 3 }),
  'POST /api/numbering/schemes/:code/insert': numberingSchemeOfA({ afterSeq: 1, date: '2026-01-05', reason: 'uji sapuan' }),
  'POST /api/numbering/schemes/:code/manual': numberingSchemeOfA({ seq: 9, date: '2026-01-05', note: 'uji sapuan' }),
  'POST /api/numbering/schemes/:code/reconcile': numberingSchemeOfA({ year: 2026 }),
  'POST /api/numbering/numbers/:numberId/void': async (h) => ({
    params: { numberId: await numberOfTenantA(h) },
    body: { reason: 'uji sapuan' },
  }),
  'GET /api/org/units/:unitId': async (h) => ({ params: { unitId: await h.unitId(h.tenants.a, 'DISKOMINFO') } }),
  'GET /api/regulation/packs/:packId': draftPackOfA(),
  'POST /api/regulation/packs/:packId/activate': draftPackOfA(),
  'PUT /api/regulation/packs/:packId/labels': draftPackOfA(REGULATION_LABELS),
  'PUT /api/regulation/packs/:packId/instructions': draftPackOfA({ instructions: [{ code: 'tl', label: 'TL' }] }),
  'PUT /api/regulation/packs/:packId/document-types/:code': async (h) => ({
    params: { packId: await draftPackOfTenantA(h), code: 'SD' },
    body: {
      name: 'Surat Dinas',
      family: 'korespondensi',
      layout: 'korespondensi',
      variant: 'surat_dinas',
      requiresSignature: true,
    },
  }),
  'PUT /api/users/:userId/roles': async (h) => ({ params: { userId: h.tenants.a.users.staf.id }, body: { roles: ['admin'] } }),
  'POST /api/users/:userId/reset-password': async (h) => ({ params: { userId: h.tenants.a.users.staf.id } }),
  'POST /api/users/:userId/reset-totp': async (h) => ({ params: { userId: h.tenants.a.users.staf.id } }),
  'GET /api/jobs/:jobId': async (h) => ({ params: { jobId: await enqueueJobOfTenantA(h) } }),
  'POST /api/jobs/:jobId/retry': async (h) => {
    const jobId = await enqueueJobOfTenantA(h);
    // Make it a dead letter of tenant A, so only the tenant check stands between B and a retry.
    await platformDb({ db: h.db }).updateTable('jobs').set({ status: 'dead' }).where('id', '=', jobId).execute();
    return { params: { jobId } };
  },
  'GET /api/letters/:letterId': letterOfA(),
  'GET /api/letters/:letterId/scan': letterOfA(),
  'GET /api/letters/:letterId/tracking': letterOfA(),
  'GET /api/letters/:letterId/lembar-disposisi.pdf': letterOfA(),
  'POST /api/letters/:letterId/dispositions': letterOfA({ to: [{ positionId: SOME_POSITION }] }),
  'POST /api/dispositions/:dispositionId/open': dispositionOfA({}),
  'POST /api/dispositions/:dispositionId/forward': dispositionOfA({ version: 1, to: [{ positionId: SOME_POSITION }] }),
  'POST /api/dispositions/:dispositionId/complete': dispositionOfA({ version: 1, note: 'uji sapuan' }),
  'POST /api/dispositions/:dispositionId/close': dispositionOfA({ version: 1 }),
  'POST /api/dispositions/:dispositionId/cancel': dispositionOfA({ version: 1 }),
  'POST /api/dispositions/:dispositionId/reject': dispositionOfA({ version: 1, reason: 'uji sapuan' }),
  'GET /api/letters/outgoing/:draftId': draftOfA(),
  'PUT /api/letters/outgoing/:draftId': draftOfA((input) => ({ ...input, version: 1 })),
  'POST /api/letters/outgoing/:draftId/submit': draftOfA(),
  'POST /api/letters/outgoing/:draftId/sign': draftOfA(() => ({})),
  'GET /api/letters/outgoing/:draftId/versions/:a/diff/:b': draftOfA(undefined, { a: '1', b: '1' }),
  'POST /api/approval-steps/:stepId/approve': stepOfA({ version: 1 }),
  'POST /api/approval-steps/:stepId/return': stepOfA({ note: 'uji sapuan' }),
};

function fillParams(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`sweep entry for ${url} gives no value for :${name}`);
    return encodeURIComponent(params[name]);
  });
}

let h: Harness;
let adminB: Session;
let adminA: Session;

beforeAll(async () => {
  h = await startHarness();
  adminA = await h.loginAs(h.tenants.a, 'admin');
  adminB = await h.loginAs(h.tenants.b, 'admin');
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('tenancy sweep', () => {
  it('answers 404 to tenant B for every parameterised route on a resource of tenant A', async () => {
    const parameterised = h.app.routes.filter((r) => r.url.includes(':') && !GLOBAL_PUBLIC.has(`${r.method} ${r.url}`));
    expect(parameterised.length).toBeGreaterThan(0);
    const missing = parameterised.map((r) => `${r.method} ${r.url}`).filter((key) => !SWEEP[key]);
    expect(missing, `add a sweep entry for ${missing.join(', ')} in test/tenancy.test.ts`).toEqual([]);
    for (const route of parameterised) {
      const key = `${route.method} ${route.url}`;
      const call = await SWEEP[key](h);
      const url = fillParams(route.url, call.params);
      const res = await h.inject({
        method: route.method,
        url,
        as: adminB,
        ...(call.body === undefined ? {} : { payload: call.body as object }),
      });
      expect(res.statusCode, `${key} as tenant B: ${res.body}`).toBe(404);
      expect(res.json().error.code, key).toBe('not_found');
    }
  });

  it('lets tenant A itself reach the same resources (the sweep entries are real)', async () => {
    const unit = await h.inject({
      method: 'GET',
      url: `/api/org/units/${await h.unitId(h.tenants.a, 'DISKOMINFO')}`,
      as: adminA,
    });
    expect(unit.statusCode).toBe(200);
    expect(unit.json().code).toBe('DISKOMINFO');
    const { params } = await SWEEP['GET /api/jobs/:jobId'](h);
    const job = await h.inject({ method: 'GET', url: `/api/jobs/${params.jobId}`, as: adminA });
    expect(job.statusCode).toBe(200);
    expect(job.json().status).toBe('pending');
    const roles = await h.inject({
      method: 'PUT',
      url: `/api/users/${h.tenants.a.users.staf.id}/roles`,
      as: adminA,
      payload: { roles: ['staf'] },
    });
    expect(roles.statusCode).toBe(204);
  });

  it('left tenant A untouched by the attempts of tenant B', async () => {
    const users = await h.inject({ method: 'GET', url: '/api/users', as: adminA });
    const staf = users.json().users.find((u: { id: string }) => u.id === h.tenants.a.users.staf.id);
    expect(staf.roles).toEqual(['staf']);
    const stafLogin = await h.loginAs(h.tenants.a, 'staf');
    expect(stafLogin.userId).toBe(h.tenants.a.users.staf.id);
  });
});

describe('route registry', () => {
  it('declares a known permission (or authenticated) on every non-public route', () => {
    const known = new Set<string>([...PERMISSIONS, 'authenticated', 'public']);
    const unknown = h.app.routes.filter((r) => !known.has(r.permission)).map((r) => `${r.method} ${r.url} → ${r.permission}`);
    expect(unknown).toEqual([]);
    const nonPublic = h.app.routes.filter((r) => r.permission !== 'public');
    expect(nonPublic.length).toBeGreaterThan(5);
    for (const route of nonPublic)
      expect([...PERMISSIONS, 'authenticated'], `${route.method} ${route.url}`).toContain(route.permission);
  });

  it('has no duplicate METHOD url pairs', () => {
    const keys = h.app.routes.map((r) => `${r.method} ${r.url}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the public routes to the expected list', () => {
    const pub = h.app.routes
      .filter((r) => r.permission === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(pub).toEqual(
      [
        'GET /api/auth/oidc/callback',
        'GET /api/auth/oidc/config',
        'GET /api/auth/oidc/start',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/public/verifikasi/:code',
        'GET /api/tenants',
        'POST /api/auth/login',
        'POST /api/auth/totp',
        'POST /api/public/verifikasi',
      ].sort(),
    );
  });
});

describe('session binding to its tenant', () => {
  it('refuses tenant A’s cookie when the request selects tenant B', async () => {
    const ok = await h.inject({
      method: 'GET',
      url: '/api/auth/session',
      as: adminA,
      headers: { 'x-pamong-tenant': h.tenants.a.slug },
    });
    expect(ok.statusCode).toBe(200);
    const res = await h.inject({
      method: 'GET',
      url: '/api/auth/session',
      as: adminA,
      headers: { 'x-pamong-tenant': h.tenants.b.slug },
    });
    expect(res.statusCode).toBe(401);
    const byCode = await h.inject({
      method: 'GET',
      url: '/api/org/units',
      as: adminA,
      headers: { 'x-pamong-tenant': h.tenants.b.code },
    });
    expect(byCode.statusCode).toBe(401);
  });

  it('refuses a cookie whose tenant part is rewritten to tenant B', async () => {
    const token = adminA.cookie.slice(adminA.cookie.indexOf('.') + 1);
    const forged = `${h.tenants.b.id}.${token}`;
    const res = await h.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: forged } });
    expect(res.statusCode).toBe(401);
    const units = await h.inject({ method: 'GET', url: '/api/org/units', cookies: { [SESSION_COOKIE]: forged } });
    expect(units.statusCode).toBe(401);
    const original = await h.inject({ method: 'GET', url: '/api/auth/session', as: adminA });
    expect(original.json().tenant.id).toBe(h.tenants.a.id);
  });
});
