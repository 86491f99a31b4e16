/** The incoming-letter and disposition journey of issue #4, its state machine over HTTP, and its conflicts. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { updateIfVersion } from '../../src/modules/correspondence/dispositions.service.ts';
import { dispositionInstructions } from '../../src/modules/regulation/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { formatIndonesianDate } from '../../src/platform/pdf/index.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import {
  actingAssignment,
  letterMetadata,
  letterMultipart,
  type PositionAccount,
  positionAccount,
} from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdftotext } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let pencatat: Session;
let kadis: PositionAccount;
let kabidAptika: PositionAccount;
let kabidIkp: PositionAccount;
let pranata: PositionAccount;
let unitId: string;
let instructions: { code: string; label: string }[];
let pdf: Buffer;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  pencatat = await h.loginAs(a, 'pencatat');
  unitId = await h.unitId(a, 'DISKOMINFO');
  // The Plh of the head sees and acts on the head's letters like the definitif holder would.
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rina Plh Kadis', kind: 'plh' });
  kabidAptika = await positionAccount(h, a, {
    positionCode: 'KABID-APTIKA',
    positionName: 'Kepala Bidang Aptika',
    name: 'Bayu Aptika',
  });
  kabidIkp = await positionAccount(h, a, { positionCode: 'KABID-IKP', positionName: 'Kepala Bidang IKP', name: 'Citra IKP' });
  pranata = await positionAccount(h, a, { positionCode: 'PRANATA-KOMINFO', name: 'Dewi Pranata' });
  instructions = await dispositionInstructions(systemContext(h.db, h.platform, a.id, 'test', permissionsForRoles(['admin'])));
  pdf = await createSamplePdf();
});
afterAll(async () => h?.close());

async function register(overrides: Record<string, unknown> = {}) {
  const res = await h.inject({
    method: 'POST',
    url: '/api/letters/incoming',
    as: pencatat,
    ...letterMultipart(letterMetadata(unitId, overrides), pdf),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; agendaNumber: string };
}

function post(as: Session, url: string, payload: object) {
  return h.inject({ method: 'POST', url, as, payload });
}

async function disposeToBoth(letterId: string, extra: Record<string, unknown> = {}) {
  const res = await post(kadis.session, `/api/letters/${letterId}/dispositions`, {
    to: [{ positionId: kabidAptika.positionId, leading: true }, { positionId: kabidIkp.positionId }],
    instructions: [instructions[0]!.code, instructions[1]!.code],
    note: 'Mohon dihadiri dan dilaporkan.',
    deadline: '2099-12-02',
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().ids as [string, string];
}

describe('the incoming-letter journey', () => {
  it('pencatat registers → head sees it → disposes → re-disposed down → completed → tracking shows the tree', async () => {
    const letter = await register();
    expect(letter.agendaNumber).toMatch(/^\d{4}\/AGD\/2026$/);

    const inbox = (await h.inject({ method: 'GET', url: '/api/letters/inbox', as: kadis.session })).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(letter.id);
    expect(inbox.items.find((i: { id: string }) => i.id === letter.id)).toMatchObject({ unread: true, role: 'kepada' });
    const unreadCounter = async () =>
      (await h.inject({ method: 'GET', url: '/api/work-queues', as: kadis.session })).json().incomingUnread as number;
    const unreadBefore = await unreadCounter();
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    // Whoever holds the head position (here its Plh) is told in the bell, linking to the letter.
    const bell = (await h.inject({ method: 'GET', url: '/api/notifications', as: kadis.session })).json();
    expect(bell.items.map((n: { link: string }) => n.link)).toContain(`/e-office/surat/${letter.id}`);

    const opened = await h.inject({ method: 'GET', url: `/api/letters/${letter.id}`, as: kadis.session });
    expect(opened.json()).toMatchObject({ status: 'dibaca', mayDispose: true, agendaNumber: letter.agendaNumber });
    const after = (await h.inject({ method: 'GET', url: '/api/letters/inbox', as: kadis.session })).json();
    expect(after.items.find((i: { id: string }) => i.id === letter.id).unread).toBe(false);
    expect(await unreadCounter()).toBe(unreadBefore - 1);

    const [toAptika, toIkp] = await disposeToBoth(letter.id);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letter.id}`, as: kadis.session })).json().status).toBe(
      'didisposisikan',
    );

    const told = (await h.inject({ method: 'GET', url: '/api/notifications', as: kabidAptika.session })).json();
    expect(told.items.find((n: { link: string }) => n.link === `/e-office/surat/${letter.id}`)?.kind).toBe(
      'disposition.received',
    );
    const mine = (await h.inject({ method: 'GET', url: '/api/dispositions/mine', as: kabidAptika.session })).json();
    const mineItem = mine.items.find((i: { id: string }) => i.id === toAptika);
    expect(mineItem).toMatchObject({ leading: true, deadline: '2099-12-02', overdue: false, status: 'terkirim' });
    expect(mineItem.instructions.map((i: { label: string }) => i.label)).toEqual([
      instructions[0]!.label,
      instructions[1]!.label,
    ]);

    const read = await post(kabidAptika.session, `/api/dispositions/${toAptika}/open`, {});
    expect(read.json()).toMatchObject({ status: 'dibaca', version: 2 });
    const forwarded = await post(kabidAptika.session, `/api/dispositions/${toAptika}/forward`, {
      version: 2,
      to: [{ positionId: pranata.positionId }],
      instructions: [instructions[0]!.code],
      note: 'Siapkan bahan paparan.',
    });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    const [toPranata] = forwarded.json().ids as [string];

    const lower = (await h.inject({ method: 'GET', url: '/api/dispositions/mine', as: pranata.session })).json();
    expect(lower.items.map((i: { id: string }) => i.id)).toContain(toPranata);
    await post(pranata.session, `/api/dispositions/${toPranata}/open`, {});
    const report = await createSamplePdf();
    const completed = await h.inject({
      method: 'POST',
      url: `/api/dispositions/${toPranata}/complete`,
      as: pranata.session,
      ...letterMultipart({ version: 2, note: 'Bahan paparan sudah disiapkan.' }, report, { fileName: 'laporan.pdf' }),
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ status: 'ditindaklanjuti', version: 3 });

    const tracking = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session })).json();
    const byId = new Map(tracking.dispositions.map((d: { id: string }) => [d.id, d]));
    expect(byId.get(toAptika)).toMatchObject({ status: 'diteruskan', depth: 0, leading: true, readByName: 'Bayu Aptika' });
    expect(byId.get(toIkp)).toMatchObject({ status: 'terkirim', depth: 0, leading: false, readAt: null });
    expect(byId.get(toPranata)).toMatchObject({
      status: 'ditindaklanjuti',
      depth: 1,
      parentId: toAptika,
      fromName: 'Bayu Aptika',
      readByName: 'Dewi Pranata',
      completionNote: 'Bahan paparan sudah disiapkan.',
      hasCompletionFile: true,
    });
    for (const d of tracking.dispositions) expect(d.ageDays).toBe(0);
    expect(tracking.dispositions.map((d: { id: string }) => d.id).indexOf(toPranata)).toBe(
      tracking.dispositions.map((d: { id: string }) => d.id).indexOf(toAptika) + 1,
    );
    expect(tracking.letter.status).toBe('didisposisikan');

    // The lower one is in the chain now, and may read the letter; once the leading Kabid reports, the letter is done.
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letter.id}`, as: pranata.session })).statusCode).toBe(200);
    const done = await post(kabidAptika.session, `/api/dispositions/${toAptika}/complete`, {
      version: 3,
      note: 'Sudah dihadiri.',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(
      (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session })).json().letter.status,
    ).toBe('selesai');
  });

  it('prints the lembar disposisi with the agenda facts and every disposition', async () => {
    const letter = await register({ hal: 'Permohonan Data Statistik Sektoral' });
    await disposeToBoth(letter.id, { note: 'Koordinasikan dengan Bappeda.' });
    const res = await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/lembar-disposisi.pdf`, as: kadis.session });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await pdftotext(res.rawPayload)).replace(/\s+/g, ' ');
    for (const expected of [
      'LEMBAR DISPOSISI',
      'KARANGANYAR',
      letter.agendaNumber,
      '045/1234/2026',
      'Dinas Kominfo Provinsi Jawa Tengah',
      'Permohonan Data Statistik Sektoral',
      formatIndonesianDate('2026-11-24'),
      'Kepala Bidang Aptika (penanggung jawab)',
      'Kepala Bidang IKP',
      instructions[0]!.label,
      'Koordinasikan dengan Bappeda.',
      formatIndonesianDate('2099-12-02'),
    ])
      expect(text).toContain(expected);
  });
});

describe('disposition state machine over HTTP', () => {
  it('lets the sender cancel while unread, and answers 409 once it was read', async () => {
    const letter = await register();
    const [toAptika, toIkp] = await disposeToBoth(letter.id);
    const cancelled = await post(kadis.session, `/api/dispositions/${toIkp}/cancel`, { version: 1 });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('dibatalkan');
    expect(
      (
        await post(kabidIkp.session, `/api/dispositions/${toIkp}/forward`, {
          version: 2,
          to: [{ positionId: pranata.positionId }],
        })
      ).statusCode,
    ).toBe(409);

    await post(kabidAptika.session, `/api/dispositions/${toAptika}/open`, {});
    const late = await post(kadis.session, `/api/dispositions/${toAptika}/cancel`, { version: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/sudah dibaca/);
    const lateEn = await h.inject({
      method: 'POST',
      url: `/api/dispositions/${toAptika}/cancel`,
      as: kadis.session,
      payload: { version: 2 },
      headers: { 'accept-language': 'en' },
    });
    expect(lateEn.json().error.message).toMatch(/has been read/);
    // Only the sender may cancel; a recipient trying gets 403.
    expect((await post(kabidAptika.session, `/api/dispositions/${toAptika}/cancel`, { version: 2 })).statusCode).toBe(403);
  });

  it('gives 409 to the second of two browsers acting on the same version at once', async () => {
    const letter = await register();
    const [toAptika] = await disposeToBoth(letter.id);
    const [first, second] = await Promise.all([
      post(kabidAptika.session, `/api/dispositions/${toAptika}/complete`, { version: 1, note: 'Laporan dari tab pertama.' }),
      post(kabidAptika.session, `/api/dispositions/${toAptika}/close`, { version: 1 }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    // The loser either lost the compare-and-set or saw the winner's new state: a clear conflict either way.
    expect(loser.json().error.code).toBe('conflict');
    expect(loser.json().error.message).toMatch(/baru saja diubah|berstatus sekarang/);
    const tracking = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session })).json();
    const node = tracking.dispositions.find((d: { id: string }) => d.id === toAptika);
    expect(node.version).toBe(2);
    expect(['ditindaklanjuti', 'selesai']).toContain(node.status);
  });

  it('applies a change only to the version it names (compare-and-set), so a lost race rolls back with 409', async () => {
    const letter = await register();
    const [toAptika] = await disposeToBoth(letter.id);
    const ctx = systemContext(h.db, h.platform, h.tenants.a.id, 'test', permissionsForRoles(['admin']));
    expect(await updateIfVersion(ctx, toAptika, 1, { note: 'tab pertama' })).toBe(2);
    await expect(updateIfVersion(ctx, toAptika, 1, { note: 'tab kedua' })).rejects.toMatchObject({
      status: 409,
      messageKey: 'correspondence.staleVersion',
    });
    const node = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session }))
      .json()
      .dispositions.find((d: { id: string }) => d.id === toAptika);
    expect(node).toMatchObject({ note: 'tab pertama', version: 2 });
  });

  it('refuses a completion report that is not a real PDF (422) and leaves the disposition as it was', async () => {
    const letter = await register();
    const [toAptika] = await disposeToBoth(letter.id);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
    const res = await h.inject({
      method: 'POST',
      url: `/api/dispositions/${toAptika}/complete`,
      as: kabidAptika.session,
      ...letterMultipart({ version: 1, note: 'Laporan' }, exe, { fileName: 'laporan.pdf.exe' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields[0]).toMatchObject({ field: 'file' });
    const node = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session }))
      .json()
      .dispositions.find((d: { id: string }) => d.id === toAptika);
    expect(node).toMatchObject({ status: 'terkirim', version: 1, hasCompletionFile: false });
  });

  it('rejects a disposition that reached the wrong position, with the reason', async () => {
    const letter = await register();
    const [, toIkp] = await disposeToBoth(letter.id);
    const rejected = await post(kabidIkp.session, `/api/dispositions/${toIkp}/reject`, {
      version: 1,
      reason: 'Bukan tugas Bidang IKP.',
    });
    expect(rejected.json()).toMatchObject({ status: 'ditolak' });
    const node = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session }))
      .json()
      .dispositions.find((d: { id: string }) => d.id === toIkp);
    expect(node).toMatchObject({ status: 'ditolak', rejectionReason: 'Bukan tugas Bidang IKP.' });
  });

  it('refuses a batch without one leading recipient, unknown instructions and a past deadline (422)', async () => {
    const letter = await register();
    const url = `/api/letters/${letter.id}/dispositions`;
    const noLead = await post(kadis.session, url, {
      to: [{ positionId: kabidAptika.positionId }, { positionId: kabidIkp.positionId }],
    });
    expect(noLead.statusCode).toBe(422);
    expect(noLead.json().error.fields[0].message).toMatch(/penanggung jawab/);
    const unknown = await post(kadis.session, url, {
      to: [{ positionId: kabidAptika.positionId }],
      instructions: ['TARI_JAIPONG'],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([{ field: 'instructions.0', message: expect.stringContaining('TARI_JAIPONG') }]);
    const past = await post(kadis.session, url, { to: [{ positionId: kabidAptika.positionId }], deadline: '2020-01-01' });
    expect(past.statusCode).toBe(422);
    // Someone who is not the addressee may not dispose (they cannot even see the letter).
    expect((await post(kabidAptika.session, url, { to: [{ positionId: kabidIkp.positionId }] })).statusCode).toBe(404);
  });

  it('refuses a disposition to a position of another tenant or an unknown id (422), and stores nothing', async () => {
    const letter = await register();
    const other = await positionAccount(h, h.tenants.b, { positionCode: 'KABID-B', name: 'Pegawai Surakarta' });
    for (const positionId of [other.positionId, '01900000-0000-7000-8000-000000000000']) {
      const res = await post(kadis.session, `/api/letters/${letter.id}/dispositions`, { to: [{ positionId }] });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([{ field: 'to.0.positionId', message: 'Jabatan tujuan tidak ditemukan.' }]);
    }
    const tracking = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session })).json();
    expect(tracking.dispositions).toEqual([]);
  });

  it('derives the deadline from the urgency SLA when none is given', async () => {
    const letter = await register({ urgency: 'sangat_segera' });
    const res = await post(kadis.session, `/api/letters/${letter.id}/dispositions`, {
      to: [{ positionId: kabidAptika.positionId }],
    });
    const [id] = res.json().ids;
    const node = (await h.inject({ method: 'GET', url: `/api/letters/${letter.id}/tracking`, as: kadis.session }))
      .json()
      .dispositions.find((d: { id: string }) => d.id === id);
    const levels = await import('../../src/modules/regulation/index.ts').then((m) =>
      m.urgencyLevels(systemContext(h.db, h.platform, h.tenants.a.id, 'test', permissionsForRoles(['admin']))),
    );
    const sla = levels.find((l) => l.code === 'sangat_segera')?.slaHours ?? null;
    if (sla === null) expect(node.deadline).toBeNull();
    else expect(node.deadline >= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(node.leading).toBe(true);
  });
});

describe('my dispositions over several held positions', () => {
  it('lists the open dispositions of both positions a Plt holds, as each holder sees them', async () => {
    const plt = await positionAccount(h, h.tenants.a, { positionCode: 'KASI-MINE-PLT', name: 'Eka Plt' });
    for (const positionId of [kabidAptika.positionId, kabidIkp.positionId])
      await actingAssignment(h, h.tenants.a, plt.employeeId, positionId);
    for (let i = 0; i < 2; i++) await disposeToBoth((await register()).id);
    type Mine = { items: { id: string }[] };
    const mine = async (as: Session) =>
      ((await h.inject({ method: 'GET', url: '/api/dispositions/mine', as })).json() as Mine).items;
    const [both, aptika, ikp] = [await mine(plt.session), await mine(kabidAptika.session), await mine(kabidIkp.session)];
    expect(aptika.length).toBeGreaterThanOrEqual(2);
    expect(ikp.length).toBeGreaterThanOrEqual(2);
    expect(new Set(both.map((d) => d.id))).toEqual(new Set([...aptika, ...ikp].map((d) => d.id)));
  });
});
