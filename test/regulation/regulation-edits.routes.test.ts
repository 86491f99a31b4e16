/** Editing regulation packs over HTTP: only drafts change, only admin/arsiparis may, every write is audited. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { writeKkaFile } from '../../src/modules/regulation/kka-template.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let admin: Session;
let arsiparis: Session;
let staf: Session;
let pencatat: Session;

beforeAll(async () => {
  h = await startHarness({ org: false });
  admin = await h.loginAs(h.tenants.a, 'admin');
  arsiparis = await h.loginAs(h.tenants.a, 'arsiparis');
  staf = await h.loginAs(h.tenants.a, 'staf');
  pencatat = await h.loginAs(h.tenants.a, 'pencatat');
});
afterAll(async () => h?.close());

const LABELS = {
  security: [
    { code: 'biasa', label: 'Biasa/Terbuka', abbreviation: 'B' },
    { code: 'terbatas', label: 'Terbatas', abbreviation: 'T' },
    { code: 'rahasia', label: 'Rahasia', abbreviation: 'R' },
    { code: 'sangat_rahasia', label: 'Sangat Rahasia', abbreviation: 'SR' },
  ],
  urgency: [
    { code: 'biasa', label: 'Biasa', slaHours: null },
    { code: 'segera', label: 'Segera', slaHours: 72 },
    { code: 'sangat_segera', label: 'Kilat', slaHours: 8 },
  ],
};
const MEMO = {
  name: 'Memo Pimpinan',
  family: 'korespondensi',
  subfamily: 'internal',
  layout: 'korespondensi',
  variant: 'nota_dinas',
  numberSchemeCode: 'NOTA',
  requiresSignature: false,
  signerLevels: ['II', 'III.a'],
};

async function activePackId(): Promise<string> {
  return (await h.inject({ method: 'GET', url: '/api/regulation', as: staf })).json().pack.id;
}

async function auditActions(): Promise<string[]> {
  const rows = await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('audit_log').select('action').execute();
  return rows.map((r) => r.action);
}

describe('editing regulation packs', () => {
  it('refuses every edit of the active pack with 409 (make a draft), in Indonesian and English', async () => {
    const packId = await activePackId();
    const attempts = [
      { url: `/api/regulation/packs/${packId}/labels`, payload: LABELS },
      { url: `/api/regulation/packs/${packId}/document-types/MEMO`, payload: MEMO },
      { url: `/api/regulation/packs/${packId}/instructions`, payload: { instructions: [{ code: 'tl', label: 'TL' }] } },
    ];
    for (const attempt of attempts) {
      const res = await h.inject({ method: 'PUT', as: admin, ...attempt });
      expect(res.statusCode, attempt.url).toBe(409);
      expect(res.json().error.message).toMatch(/bukan draf sehingga tidak dapat diubah/);
    }
    const en = await h.inject({ method: 'PUT', as: admin, headers: { 'accept-language': 'en' }, ...attempts[0]! });
    expect(en.json().error.message).toMatch(/is not a draft and cannot be changed/);
    const view = (await h.inject({ method: 'GET', url: '/api/regulation', as: staf })).json();
    expect(view.labels.toVerify).toBe(true);
  });

  it('edits a draft (labels, a jenis, instructions) without touching the active pack, then activates it', async () => {
    const draft = await h.inject({ method: 'POST', url: '/api/regulation/packs', as: arsiparis });
    expect(draft.statusCode, draft.body).toBe(200);
    const draftId = draft.json().id as string;
    expect((await h.inject({ method: 'POST', url: '/api/regulation/packs', as: admin })).json().id).toBe(draftId);
    const puts = [
      { url: `/api/regulation/packs/${draftId}/labels`, payload: LABELS },
      { url: `/api/regulation/packs/${draftId}/document-types/MEMO`, payload: MEMO },
      { url: `/api/regulation/packs/${draftId}/document-types/NDE`, payload: { ...MEMO, name: 'Nota Dinas Elektronik' } },
      {
        url: `/api/regulation/packs/${draftId}/instructions`,
        payload: {
          instructions: [
            { code: 'tl', label: 'Tindak Lanjuti' },
            { code: 'arsipkan', label: 'Arsipkan' },
          ],
        },
      },
    ];
    for (const put of puts) {
      const res = await h.inject({ method: 'PUT', as: admin, ...put });
      expect(res.statusCode, `${put.url} ${res.body}`).toBe(200);
    }
    const active = (await h.inject({ method: 'GET', url: '/api/regulation', as: staf })).json();
    expect(active.draft.id).toBe(draftId);
    expect(active.documentTypes.find((t: { code: string }) => t.code === 'MEMO').name).toBe('Memo');
    expect(active.instructions).toHaveLength(10);
    const edited = (await h.inject({ method: 'GET', url: `/api/regulation/packs/${draftId}`, as: staf })).json();
    expect(edited.labels).toEqual({ ...LABELS, toVerify: false });
    expect(edited.documentTypes.find((t: { code: string }) => t.code === 'MEMO')).toEqual({ code: 'MEMO', ...MEMO });
    expect(edited.documentTypes.at(-1).code).toBe('NDE');
    expect(edited.instructions).toEqual([
      { code: 'tl', label: 'Tindak Lanjuti' },
      { code: 'arsipkan', label: 'Arsipkan' },
    ]);
    expect((await h.inject({ method: 'POST', url: `/api/regulation/packs/${draftId}/activate`, as: admin })).statusCode).toBe(
      200,
    );
    const now = (await h.inject({ method: 'GET', url: '/api/regulation', as: staf })).json();
    expect([now.pack.id, now.labels.urgency[2].label, now.draft]).toEqual([draftId, 'Kilat', null]);
    const actions = await auditActions();
    for (const action of [
      'regulation.draft_created',
      'regulation.labels_saved',
      'regulation.document_type_saved',
      'regulation.instructions_saved',
      'regulation.pack_activated',
    ])
      expect(actions, action).toContain(action);
  });

  it('answers bad edits with field-level 400s and leaves the draft as it was', async () => {
    const draftId = (await h.inject({ method: 'POST', url: '/api/regulation/packs', as: admin })).json().id as string;
    const bad = [
      { url: `/api/regulation/packs/${draftId}/labels`, payload: { ...LABELS, urgency: LABELS.urgency.slice(0, 2) } },
      {
        url: `/api/regulation/packs/${draftId}/document-types/PENG`,
        payload: { ...MEMO, layout: 'title_block', variant: 'nota_dinas' },
      },
      { url: `/api/regulation/packs/${draftId}/document-types/memo`, payload: MEMO },
      {
        url: `/api/regulation/packs/${draftId}/instructions`,
        payload: {
          instructions: [
            { code: 'tl', label: 'A' },
            { code: 'tl', label: 'B' },
          ],
        },
      },
    ];
    const messages: string[] = [];
    for (const attempt of bad) {
      const res = await h.inject({ method: 'PUT', as: admin, ...attempt });
      expect(res.statusCode, `${attempt.url} ${res.body}`).toBe(400);
      messages.push(...res.json().error.fields.map((f: { message: string }) => f.message));
    }
    expect(messages).toEqual(
      expect.arrayContaining([
        'Isi setiap kode tepat satu kali.',
        expect.stringMatching(/^Varian surat/),
        expect.stringMatching(/^Kode jenis naskah berupa huruf besar/),
        'Kode tidak boleh dipakai dua kali.',
      ]),
    );
    const draft = (await h.inject({ method: 'GET', url: `/api/regulation/packs/${draftId}`, as: admin })).json();
    expect(draft.documentTypes.find((t: { code: string }) => t.code === 'PENG').layout).toBe('title_block');
    expect(draft.documentTypes.find((t: { code: string }) => t.code === 'PENG').variant).toBeNull();
  });

  it('refuses writes to users without regulation.manage (403) while they may read', async () => {
    const packId = await activePackId();
    const file = await writeKkaFile([{ code: '100.1', name: 'Otonomi Daerah', active: null, inactive: null, disposition: null }]);
    for (const who of [staf, pencatat]) {
      expect((await h.inject({ method: 'GET', url: '/api/regulation/packs', as: who })).statusCode).toBe(200);
      const writes = [
        h.inject({ method: 'POST', url: '/api/regulation/packs', as: who }),
        h.inject({ method: 'POST', url: `/api/regulation/packs/${packId}/activate`, as: who }),
        h.inject({ method: 'PUT', url: `/api/regulation/packs/${packId}/labels`, as: who, payload: LABELS }),
        h.inject({ method: 'POST', url: '/api/regulation/archive-classes/import?dryRun=true', as: who, ...multipartFile(file) }),
      ];
      for (const res of await Promise.all(writes)) expect(res.statusCode, res.body).toBe(403);
    }
    const template = await h.inject({ method: 'GET', url: '/api/regulation/archive-classes/template', as: staf });
    expect([template.statusCode, template.headers['content-type']]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });

  it('asks for a file on import', async () => {
    const res = await h.inject({ method: 'POST', url: '/api/regulation/archive-classes/import', as: admin, payload: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([{ field: 'file', message: 'Unggah satu berkas XLSX pada kolom "file".' }]);
  });
});
