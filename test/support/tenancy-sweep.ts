/** The tenancy sweep's entries: for every route with a `:param`, how to name a resource of tenant A. */
import { platformDb } from '../../src/db/system-db.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { notifyUsers } from '../../src/modules/notifications/index.ts';
import { reserveNumber } from '../../src/modules/numbering/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { enqueue } from '../../src/platform/jobs/index.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { letterMetadata, letterMultipart, positionAccount } from '../factories/correspondence.ts';
import { signerAccounts, suratTugasInput } from '../factories/signers.ts';
import type { Harness } from './harness.ts';
import { PERFORMANCE_SWEEP } from './tenancy-sweep-performance.ts';
import { VILLAGES_SWEEP } from './tenancy-sweep-villages.ts';
import { VILLAGE_AGREEMENTS_SWEEP } from './tenancy-sweep-villages-agreements.ts';
import { VILLAGE_PLANS_SWEEP } from './tenancy-sweep-villages-plans.ts';

/** What a sweep entry gives back: the params naming a resource of tenant A, and the body to send. */
export interface SweepCall {
  params: Record<string, string>;
  body?: unknown;
}

export type SweepEntry = (h: Harness) => Promise<SweepCall>;

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
export const GLOBAL_PUBLIC = new Set(['GET /api/public/verifikasi/:code']);

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

/** A berkas of tenant A (opened by its arsiparis) holding tenant A's sweep letter, made once. */
let sweepCaseFile: Promise<string> | undefined;
function caseFileOfTenantA(h: Harness): Promise<string> {
  sweepCaseFile ??= (async () => {
    const arsiparis = await h.loginAs(h.tenants.a, 'arsiparis');
    const payload = { unitId: await h.unitId(h.tenants.a, 'DISKOMINFO'), kka: '000.1', title: 'Berkas sapuan' };
    const made = await h.inject({ method: 'POST', url: '/api/case-files', as: arsiparis, payload });
    if (made.statusCode !== 201) throw new Error(`sweep case file failed: ${made.body}`);
    return made.json().id as string;
  })();
  return sweepCaseFile;
}
const caseFileOfA = (body?: unknown) => async (h: Harness) => ({
  params: { caseFileId: await caseFileOfTenantA(h), letterId: (await correspondenceOfTenantA(h)).letterId },
  ...(body === undefined ? {} : { body }),
});

/** A Plh delegation of tenant A's KADIS-KOMINFO position to one of its pegawai, made by tenant A's admin. */
async function delegationOfTenantA(h: Harness): Promise<string> {
  const scoped = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const position = await scoped
    .selectFrom('positions')
    .select('id')
    .where('code', '=', 'KADIS-KOMINFO')
    .executeTakeFirstOrThrow();
  const adminA = await h.loginAs(h.tenants.a, 'admin');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(h.platform.now());
  const payload = {
    positionId: position.id,
    delegateEmployeeId: await employeeOfTenantA(h),
    startsOn: today,
    endsOn: today,
    reason: 'uji sapuan',
  };
  const res = await h.inject({ method: 'POST', url: '/api/org/delegations', as: adminA, payload });
  if (res.statusCode !== 201) throw new Error(`sweep delegation failed: ${res.body}`);
  return res.json().id as string;
}

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

/** One entry per `METHOD url` with a `:param`; each creates or picks a resource in tenant A. */
export const SWEEP: Record<string, SweepEntry> = {
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
  'POST /api/letters/outgoing/:draftId/return': draftOfA(() => ({ note: 'uji sapuan' })),
  'POST /api/letters/outgoing/:draftId/cancel': draftOfA(() => ({ reason: 'uji sapuan' })),
  'GET /api/letters/outgoing/:draftId/versions/:a/diff/:b': draftOfA(undefined, { a: '1', b: '1' }),
  'POST /api/approval-steps/:stepId/approve': stepOfA({ version: 1 }),
  'POST /api/approval-steps/:stepId/return': stepOfA({ note: 'uji sapuan' }),
  'DELETE /api/org/delegations/:assignmentId': async (h) => ({ params: { assignmentId: await delegationOfTenantA(h) } }),
  'GET /api/case-files/:caseFileId': caseFileOfA(),
  'POST /api/case-files/:caseFileId/close': caseFileOfA({ version: 1 }),
  'POST /api/case-files/:caseFileId/reopen': caseFileOfA({ version: 1 }),
  'POST /api/case-files/:caseFileId/letters': async (h) => ({
    params: { caseFileId: await caseFileOfTenantA(h) },
    body: { letterId: (await correspondenceOfTenantA(h)).letterId },
  }),
  'POST /api/case-files/:caseFileId/letters/:letterId/move': async (h) => ({
    ...(await caseFileOfA()(h)),
    body: { toCaseFileId: await caseFileOfTenantA(h) },
  }),
  'DELETE /api/case-files/:caseFileId/letters/:letterId': caseFileOfA(),
  'GET /api/letters/:letterId/case-file': letterOfA(),
  ...PERFORMANCE_SWEEP,
  ...VILLAGES_SWEEP,
  ...VILLAGE_PLANS_SWEEP,
  ...VILLAGE_AGREEMENTS_SWEEP,
};
