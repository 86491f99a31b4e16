import { tenantDb } from '../db/tenant-db.ts';
import { createDocument, saveLetterhead, signDocument } from '../modules/documents/index.ts';
import { type RequestContext, userContext } from '../platform/access/context.ts';
import { permissionsForRoles, type Role } from '../shared/permissions.ts';

/** The demo's kop: the regency's name lines on a fictional address of ours. */
const DEMO_KOP = {
  lines: ['PEMERINTAH KABUPATEN SUMEDANG (DEMO)', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  address: 'Jalan Contoh Demo Nomor 1, Sumedang',
  phone: '(0261) 000000',
  website: 'demo.pamong.id',
  email: 'diskominfo@demo.pamong.id',
  postalCode: '45311',
};

/** The pegawai heading a unit (by unit code), or undefined when the demo organisation has none. */
async function headOf(ctx: RequestContext, unitCode: string) {
  return tenantDb(ctx)
    .selectFrom('positions')
    .innerJoin('units', (j) => j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'))
    .innerJoin('assignments', (j) =>
      j.onRef('assignments.tenant_id', '=', 'positions.tenant_id').onRef('assignments.position_id', '=', 'positions.id'),
    )
    .select(['assignments.employee_id as employeeId', 'positions.name as jabatan', 'units.id as unitId'])
    .where('units.code', '=', unitCode)
    .where('positions.is_head', '=', 1)
    .where('assignments.kind', '=', 'definitif')
    .executeTakeFirst();
}

function actingAs(admin: RequestContext, userId: string, role: Role): RequestContext {
  return userContext({
    db: admin.db,
    platform: admin.platform,
    tenantId: admin.tenantId,
    actor: { userId, label: `seed:${role}`, roles: [role], permissions: permissionsForRoles([role]), sessionId: null },
    requestId: 'seed:demo-documents',
    ip: null,
    locale: 'id',
  });
}

function suratDinas(signer: { employeeId: string; jabatan: string }, unitId: string, number: string, hal: string, date: string) {
  return {
    kind: 'surat_dinas',
    layout: 'korespondensi' as const,
    variant: 'surat_dinas' as const,
    title: 'SURAT DINAS',
    number,
    unitId,
    place: 'Sumedang',
    date,
    security: 'biasa' as const,
    sifat: 'Biasa',
    lampiran: '-',
    hal,
    addressee: ['Kepala Perangkat Daerah', 'se-Kabupaten Sumedang (Demo)'],
    addresseePlace: 'Tempat',
    body: [
      {
        kind: 'paragraph' as const,
        text: `Dengan hormat, bersama ini kami sampaikan ${hal.toLowerCase()} sebagai bahan koordinasi.`,
      },
      {
        kind: 'list' as const,
        style: 'numbered' as const,
        items: [
          { text: 'Naskah dinas dibuat dan ditandatangani secara elektronik di Pamong.' },
          { text: 'Keaslian naskah dapat diperiksa dengan memindai kode QR.' },
        ],
      },
      {
        kind: 'paragraph' as const,
        text: 'Demikian untuk menjadi perhatian. Atas kerja sama Saudara, kami ucapkan terima kasih.',
      },
    ],
    signers: [{ employeeId: signer.employeeId, capacity: 'definitif' as const, jabatan: signer.jabatan }],
    tembusan: ['Bupati Sumedang (sebagai laporan)', 'Sekretaris Daerah'],
  };
}

/**
 * Demo documents: the kop, a letter signed by the Kepala Diskominfo (so the QR page has something to
 * verify) and one waiting for that signature. The `pimpinan` and `staf` demo accounts are linked to
 * pegawai first, so signing works as it does for real users.
 */
export async function seedDemoDocuments(admin: RequestContext, users: { pimpinan: string; staf: string }): Promise<void> {
  await saveLetterhead(admin, null, DEMO_KOP);
  const head = await headOf(admin, 'DISKOMINFO');
  if (!head) return;
  await tenantDb(admin).updateTable('users').set({ employee_id: head.employeeId }).where('id', '=', users.pimpinan).execute();
  await saveLetterhead(admin, head.unitId, DEMO_KOP);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone }).format(admin.platform.now());
  const staf = actingAs(admin, users.staf, 'staf');
  const pimpinan = actingAs(admin, users.pimpinan, 'pimpinan');
  const signed = await createDocument(
    staf,
    suratDinas(head, head.unitId, '400.14.2/001/2026', 'Penerapan Naskah Dinas Elektronik', today),
  );
  await signDocument(pimpinan, signed.id, {});
  await createDocument(
    staf,
    suratDinas(head, head.unitId, '400.14.2/002/2026', 'Jadwal Pendampingan Tanda Tangan Elektronik', today),
  );
}
