import type { RequestContext } from '../../platform/access/context.ts';
import { type NaskahContent, renderNaskah } from '../../platform/pdf/index.ts';
import { getTenant, unitFacts } from '../organization/index.ts';
import { enforce, mayManageDocuments } from './documents.policy.ts';
import { kopForUnit } from './letterhead.service.ts';

function todayIso(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** A short sample surat dinas printed with the kop, so an admin sees the letterhead as letters will show it. */
export async function kopPreview(ctx: RequestContext, unitId: string | null): Promise<Buffer> {
  enforce(mayManageDocuments(ctx.actor));
  const tenant = await getTenant(ctx, ctx.tenantId);
  const unitName = unitId ? (await unitFacts(ctx, unitId)).name : tenant.name;
  const place = tenant.name.replace(/^(Kabupaten|Kota)\s+/i, '');
  const content: NaskahContent = {
    layout: 'korespondensi',
    variant: 'surat_dinas',
    title: 'SURAT DINAS',
    number: '000.1/001/2026',
    place,
    date: todayIso(ctx.platform.now(), tenant.timezone),
    sifat: 'Biasa',
    lampiran: '-',
    hal: 'Contoh tampilan kop naskah dinas',
    addressee: ['Yth. Kepala Perangkat Daerah', `se-${tenant.name}`],
    addresseePlace: 'Tempat',
    body: [
      {
        kind: 'paragraph',
        text: `Ini contoh naskah dinas ${unitName} untuk memeriksa kop: lambang, nama, alamat, telepon, laman dan surel.`,
      },
    ],
    signers: [
      {
        capacity: 'definitif',
        jabatan: `Kepala ${unitName}`,
        name: 'Nama Pejabat',
        pangkat: 'Pembina (IV/a)',
        nip: '197001011990031001',
      },
    ],
  };
  return (await renderNaskah(content, await kopForUnit(ctx, unitId))).pdf;
}
