/**
 * Notifications: in-app list and unread count per user, delivery by e-mail to a real SMTP peer and by the
 * WhatsApp-shaped webhook, and no content of Rahasia letters leaving Pamong by either channel.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { notifyUsers } from '../../src/modules/notifications/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { createWorker } from '../../src/platform/jobs/index.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

let h: Harness;
let smtp: SmtpPeer;
let hook: Server;
const chats: { to: string; body: string; auth: string | undefined }[] = [];
let staf: Session;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const message = JSON.parse(body);
      chats.push({ to: message.to, body: message.text.body, auth: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"messages":[{"id":"wamid.uji"}]}');
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  h = await startHarness({
    env: {
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Pamong Uji <pamong@uji.go.id>',
      WHATSAPP_WEBHOOK_URL: hookUrl,
      WHATSAPP_WEBHOOK_TOKEN: 'token-uji',
    },
  });
  staf = await h.loginAs(h.tenants.a, 'staf');
  // The staf account's pegawai has a phone number, so the chat webhook can reach them.
  const scoped = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const employee = await scoped
    .selectFrom('employees')
    .select('id')
    .where('nip', '=', '199207072019031004')
    .executeTakeFirstOrThrow();
  await scoped.updateTable('employees').set({ phone: '0812-2650-4471' }).where('id', '=', employee.id).execute();
  await scoped.updateTable('users').set({ employee_id: employee.id }).where('id', '=', h.tenants.a.users.staf.id).execute();
});
afterAll(async () => {
  await h?.close();
  await smtp?.stop();
  await new Promise((resolve) => hook?.close(resolve));
});

function notify(title: string, security: 'biasa' | 'rahasia', userIds = [h.tenants.a.users.staf.id]) {
  const ctx = systemContext(h.db, h.platform, h.tenants.a.id, 'test', new Set());
  return notifyUsers(ctx, { userIds, kind: 'letter.incoming', title, body: `Ringkasan: ${title}`, link: '/surat/uji', security });
}

function drain() {
  return createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test-notifications' }).drain();
}

describe('notifications', () => {
  it('lists my notifications with an unread count, and marks them read', async () => {
    await notify('Undangan rapat koordinasi SPBE', 'biasa');
    const list = (await h.inject({ method: 'GET', url: '/api/notifications', as: staf })).json();
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({ title: 'Undangan rapat koordinasi SPBE', link: '/surat/uji', readAt: null });
    const read = await h.inject({ method: 'POST', url: `/api/notifications/${list.items[0].id}/read`, as: staf });
    expect(read.statusCode).toBe(204);
    expect((await h.inject({ method: 'GET', url: '/api/notifications?unread=true', as: staf })).json()).toMatchObject({
      unread: 0,
      items: [],
    });
  });

  it("answers 404 for another user's notification", async () => {
    const [id] = await notify('Untuk admin saja', 'biasa', [h.tenants.a.users.admin.id]);
    const res = await h.inject({ method: 'POST', url: `/api/notifications/${id}/read`, as: staf });
    expect(res.statusCode).toBe(404);
  });

  it('delivers by e-mail to the SMTP peer and by the WhatsApp-shaped webhook, once each', async () => {
    await drain(); // earlier tests' notifications go out first
    smtp.messages.length = 0;
    chats.length = 0;
    await notify('Surat masuk dari Dinas Kesehatan Provinsi', 'biasa');
    await drain();
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toBe('Pamong: Surat masuk dari Dinas Kesehatan Provinsi');
    expect(mail?.from?.text).toContain('pamong@uji.go.id');
    expect(mail?.text).toContain('Ringkasan: Surat masuk dari Dinas Kesehatan Provinsi');
    expect(chats).toEqual([
      { to: '6281226504471', body: expect.stringContaining('Dinas Kesehatan Provinsi'), auth: 'Bearer token-uji' },
    ]);
    await drain();
    expect(smtp.messages).toHaveLength(1);
    expect(chats).toHaveLength(1);
  });

  it('never sends the subject or summary of a Rahasia letter by e-mail or chat', async () => {
    await drain();
    smtp.messages.length = 0;
    chats.length = 0;
    await notify('Laporan hasil pemeriksaan khusus kasus X', 'rahasia');
    await drain();
    const [mail] = await smtp.waitFor(1);
    const outbound = JSON.stringify([mail?.subject, mail?.text, chats]);
    expect(outbound).not.toContain('pemeriksaan khusus');
    expect(outbound).toContain('rahasia');
    const inApp = (await h.inject({ method: 'GET', url: '/api/notifications', as: staf })).json();
    expect(inApp.items[0].title).toBe('Laporan hasil pemeriksaan khusus kasus X');
  });
});
