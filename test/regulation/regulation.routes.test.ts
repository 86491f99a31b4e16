/** Regulation packs over HTTP: the seed, the lists, KKA import and activation, edits of drafts only, permissions. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createTenantFromCode } from '../../src/modules/organization/index.ts';
import {
  activeDocumentType,
  dispositionInstructions,
  ensureRegulationPack,
  findArchiveClass,
  securityLabels,
  urgencyLevels,
} from '../../src/modules/regulation/index.ts';
import { writeKkaFile } from '../../src/modules/regulation/kka-template.ts';
import { DEFAULT_ARCHIVE_CLASSES } from '../../src/modules/regulation/regulation-defaults.ts';
import { type RequestContext, systemContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type HarnessTenant, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let admin: Session;
let staf: Session;

beforeAll(async () => {
  h = await startHarness({ org: false });
  admin = await h.loginAs(h.tenants.a, 'admin');
  staf = await h.loginAs(h.tenants.a, 'staf');
});
afterAll(async () => h?.close());

const contextOf = (tenantId: string): RequestContext =>
  systemContext(h.db, h.platform, tenantId, 'test', permissionsForRoles(['admin']));

const packsOf = (tenant: Pick<HarnessTenant, 'id'>) =>
  tenantDb({ db: h.db, tenantId: tenant.id }).selectFrom('regulation_packs').selectAll().orderBy('version').execute();

function importKka(file: Buffer, dryRun: boolean, as = admin, locale = 'id') {
  const body = multipartFile(file, { fileName: 'kka.xlsx' });
  return h.inject({
    method: 'POST',
    url: `/api/regulation/archive-classes/import?dryRun=${dryRun}`,
    as,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': locale },
  });
}

async function problemFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('KKA');
  sheet.addRow(['Kode', 'Nama', 'Retensi Aktif', 'Retensi Inaktif', 'Nasib Akhir']);
  sheet.addRow(['000.8.6', 'Reformasi Birokrasi', null, null, null]);
  sheet.addRow(['000.8.6', 'Dua kali', null, null, null]);
  sheet.addRow(['950', 'Pokok asing', null, null, null]);
  sheet.addRow(['000.99.1', 'Induk tidak ada', null, null, null]);
  sheet.addRow(['000.8.6.1', 'Retensi salah', 'lima', null, null]);
  sheet.addRow(['000.8.x', 'Format salah', null, null, null]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('default regulation pack', () => {
  it('is created with the tenant, before anyone reads it', async () => {
    const packs = await packsOf(h.tenants.b);
    expect(packs.map((p) => [p.version, p.status])).toEqual([[1, 'active']]);
    expect(packs[0]?.name).toMatch(/Permendagri 1\/2023 & 83\/2022/);
  });

  it('shows every ASN the jenis, labels, instructions and KKA of the active pack', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/regulation', as: staf });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.pack).toMatchObject({ version: 1, status: 'active' });
    expect(view.draft).toBeNull();
    const byCode = new Map(view.documentTypes.map((t: { code: string }) => [t.code, t]));
    expect(byCode.get('SD')).toMatchObject({ family: 'korespondensi', layout: 'korespondensi', variant: 'surat_dinas' });
    expect(byCode.get('ND')).toMatchObject({ variant: 'nota_dinas', numberSchemeCode: 'NOTA' });
    expect(byCode.get('KEP')).toMatchObject({ family: 'arahan', layout: 'title_block', numberSchemeCode: 'KEPUTUSAN' });
    for (const code of ['UND', 'ST', 'SPT', 'SE', 'PENG', 'BA']) expect(byCode.has(code), code).toBe(true);
    expect(view.labels.toVerify).toBe(true);
    expect(view.labels.urgency).toContainEqual({ code: 'sangat_segera', label: 'Sangat Segera', slaHours: 24 });
    expect(view.labels.security.map((s: { code: string }) => s.code)).toEqual(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia']);
    expect(view.instructions[0]).toEqual({ code: 'selesaikan', label: 'Selesaikan/TL' });
    expect(view.instructions).toHaveLength(10);
    expect(view.archiveClassCount).toBe(DEFAULT_ARCHIVE_CLASSES.length);
  });

  it('browses and searches the KKA', async () => {
    const top = (await h.inject({ method: 'GET', url: '/api/regulation/archive-classes', as: staf })).json();
    expect(top.items.map((c: { code: string }) => c.code)).toEqual([
      '000',
      '100',
      '200',
      '300',
      '400',
      '500',
      '600',
      '700',
      '800',
      '900',
    ]);
    expect(top.items.find((c: { code: string }) => c.code === '000').hasChildren).toBe(true);
    expect(top.items.find((c: { code: string }) => c.code === '100').hasChildren).toBe(false);
    const under = (await h.inject({ method: 'GET', url: '/api/regulation/archive-classes?parent=000', as: staf })).json();
    expect(under.items.map((c: { code: string }) => c.code)).toEqual([
      '000.1',
      '000.2',
      '000.3',
      '000.4',
      '000.5',
      '000.6',
      '000.7',
      '000.8',
      '000.9',
    ]);
    const found = (await h.inject({ method: 'GET', url: '/api/regulation/archive-classes?q=prosedur', as: staf })).json();
    expect(found.items).toEqual([
      expect.objectContaining({
        code: '000.8.3.3',
        retentionActiveYears: 2,
        retentionInactiveYears: 3,
        finalDisposition: 'permanen',
      }),
    ]);
    const bad = await h.inject({ method: 'GET', url: '/api/regulation/archive-classes?parent=abc', as: staf });
    expect(bad.statusCode).toBe(400);
  });

  it('gives other modules the active lists', async () => {
    const ctx = contextOf(h.tenants.a.id);
    expect(await findArchiveClass(ctx, '000.5.3.1')).toMatchObject({ retentionActiveYears: 2, finalDisposition: 'musnah' });
    expect(await findArchiveClass(ctx, '000.5.3.9')).toBeUndefined();
    expect(await activeDocumentType(ctx, 'UND')).toMatchObject({
      layout: 'korespondensi',
      variant: 'undangan',
      requiresSignature: true,
    });
    expect((await activeDocumentType(ctx, 'PENG'))?.variant).toBeUndefined();
    expect((await dispositionInstructions(ctx)).map((i) => i.label)).toContain('Wakili/Hadiri');
    expect((await securityLabels(ctx)).find((s) => s.code === 'sangat_rahasia')?.abbreviation).toBe('SR');
    expect((await urgencyLevels(ctx)).map((u) => [u.code, u.slaHours])).toEqual([
      ['biasa', null],
      ['segera', 48],
      ['sangat_segera', 24],
    ]);
  });

  it('is seeded lazily, once, for a tenant created without the setup step', async () => {
    const platform = { ...h.platform, tenantSetup: [] };
    const { tenant } = await createTenantFromCode({ db: h.db, platform }, '33.11', { slug: 'sukoharjo' });
    expect(await packsOf(tenant)).toEqual([]);
    const ctx = contextOf(tenant.id);
    const [kka] = await Promise.all([findArchiveClass(ctx, '000.8.3.3'), urgencyLevels(ctx), ensureRegulationPack(ctx)]);
    expect(kka?.name).toBe('Standar Operasional Prosedur');
    await ensureRegulationPack(ctx);
    expect((await packsOf(tenant)).map((p) => [p.version, p.status])).toEqual([[1, 'active']]);
  });
});

describe('KKA import', () => {
  it('lists every problem of a dry run in Indonesian (English on request) and writes nothing', async () => {
    const res = await importKka(await problemFile(), true);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ok: false, dryRun: true, applied: false });
    expect(body.problems.map((p: { row: number; column: string; message: string }) => [p.row, p.column, p.message])).toEqual([
      [3, 'Kode', 'Kode "000.8.6" sudah ada di baris 2.'],
      [4, 'Kode', 'Kode pokok "950" tidak dikenal: tingkat teratas hanya 000, 100, 200, …, 900.'],
      [5, 'Kode', 'Induk "000.99" dari kode "000.99.1" tidak ada di berkas maupun di paket regulasi.'],
      [6, 'Retensi Aktif', 'Retensi Aktif harus bilangan bulat tahun 0–100 (ditemukan "lima").'],
      [7, 'Kode', 'Kode "000.8.x" tidak sah: gunakan angka bertitik seperti 000, 000.8 atau 000.8.3.3.'],
    ]);
    const english = (await importKka(await problemFile(), true, admin, 'en')).json();
    expect(english.problems[0].message).toBe('Code "000.8.6" already appears in row 2.');
    expect((await packsOf(h.tenants.a)).length).toBe(1);
  });

  it('refuses a real import with problems as a whole (422) and leaves no draft behind', async () => {
    const res = await importKka(await problemFile(), false);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.message).toMatch(/Impor KKA ditolak/);
    expect(res.json().error.fields).toContainEqual({ field: 'KKA[4].Kode', message: expect.stringContaining('"950"') });
    expect((await packsOf(h.tenants.a)).map((p) => p.status)).toEqual(['active']);
  });

  it('imports into a draft; activation makes the new codes current while the old pack stays', async () => {
    const ctx = contextOf(h.tenants.a.id);
    const file = await writeKkaFile([
      { code: '000.8.6', name: 'Reformasi Birokrasi', active: null, inactive: null, disposition: null },
      { code: '000.8.6.2', name: 'Pelaksanaan Reformasi Birokrasi', active: 2, inactive: 5, disposition: 'dinilai kembali' },
      { code: '000.8.3.3', name: 'Standar Operasional Prosedur', active: 5, inactive: 10, disposition: 'permanen' },
    ]);
    const dry = (await importKka(file, true)).json();
    expect(dry).toMatchObject({ ok: true, applied: false, counts: { rows: 3, added: 2, updated: 1 } });
    const res = await importKka(file, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, applied: true, version: 2, counts: { added: 2, updated: 1 } });
    expect(await findArchiveClass(ctx, '000.8.6.2')).toBeUndefined();
    const activated = await h.inject({ method: 'POST', url: `/api/regulation/packs/${res.json().packId}/activate`, as: admin });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(await findArchiveClass(ctx, '000.8.6.2')).toMatchObject({
      retentionInactiveYears: 5,
      finalDisposition: 'dinilai_kembali',
    });
    expect(await findArchiveClass(ctx, '000.8.3.3')).toMatchObject({ retentionActiveYears: 5 });
    const packs = await packsOf(h.tenants.a);
    expect(packs.map((p) => [p.version, p.status])).toEqual([
      [1, 'retired'],
      [2, 'active'],
    ]);
    const old = (await h.inject({ method: 'GET', url: `/api/regulation/packs/${packs[0]?.id}`, as: staf })).json();
    expect(old.archiveClassCount).toBe(DEFAULT_ARCHIVE_CLASSES.length);
    const oldSop = await h.inject({
      method: 'GET',
      url: `/api/regulation/archive-classes?packId=${packs[0]?.id}&q=000.8.3.3`,
      as: staf,
    });
    expect(oldSop.json().items[0].retentionActiveYears).toBe(2);
    const again = await h.inject({ method: 'POST', url: `/api/regulation/packs/${packs[0]?.id}/activate`, as: admin });
    expect(again.statusCode).toBe(409);
  });
});
