/**
 * The demo's village plans (once per database), entered as the demo operator desa through the plans services: an
 * RPJMDes from last year for six years with a programme per bidang, this year's RKPDes activities under them, and this
 * year's APBDes imported from a workbook in the shape of a Siskeudes export (built here, fictional amounts).
 */
import ExcelJS from 'exceljs';
import { createActivity, createProgramme, createRpjm, importBudget, listRpjm } from '../../modules/villages/index.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { actingAt } from './eoffice-sample-actors.ts';
import { desaUnitOfUser } from './villages-agreement-sample.ts';

type Programme = { bidang: number; name: string; sasaran: string; indicator: string; pagu: string };
type Activity = { programme: number; name: string; lokasi: string; volume: string; biaya: string; sumberDana: string };

const PROGRAMMES: readonly Programme[] = [
  {
    bidang: 1,
    name: 'Peningkatan pelayanan administrasi desa',
    sasaran: 'Pelayanan yang cepat dan ramah',
    indicator: 'Nilai IKM desa',
    pagu: '1200000000',
  },
  {
    bidang: 2,
    name: 'Pembangunan jalan dan layanan kesehatan dasar',
    sasaran: 'Akses jalan dan posyandu aktif',
    indicator: 'Jalan desa kondisi baik (km)',
    pagu: '4500000000',
  },
  {
    bidang: 3,
    name: 'Pembinaan pemuda dan olahraga',
    sasaran: 'Pemuda aktif berorganisasi',
    indicator: 'Kegiatan kepemudaan per tahun',
    pagu: '250000000',
  },
  {
    bidang: 4,
    name: 'Pencegahan stunting dan pemberdayaan keluarga',
    sasaran: 'Balita tumbuh sehat',
    indicator: 'Prevalensi balita stunting (%)',
    pagu: '150000000',
  },
  {
    bidang: 5,
    name: 'Penanganan keadaan mendesak',
    sasaran: 'Keluarga miskin terlindungi',
    indicator: 'KK penerima BLT Dana Desa',
    pagu: '600000000',
  },
];

const ACTIVITIES: readonly Activity[] = [
  {
    programme: 0,
    name: 'Penyediaan operasional pemerintah desa',
    lokasi: 'Kantor desa',
    volume: '12 bulan',
    biaya: '20000000',
    sumberDana: 'ADD',
  },
  {
    programme: 1,
    name: 'Penyelenggaraan posyandu (makanan tambahan, insentif kader)',
    lokasi: 'Posyandu Dusun I–IV',
    volume: '4 posyandu',
    biaya: '103000000',
    sumberDana: 'DDS',
  },
  {
    programme: 1,
    name: 'Rehabilitasi jalan desa Dusun II',
    lokasi: 'Dusun II',
    volume: '1,2 km',
    biaya: '700000000',
    sumberDana: 'DDS',
  },
  {
    programme: 2,
    name: 'Pengiriman kontingen kepemudaan dan olahraga',
    lokasi: 'Kecamatan',
    volume: '1 kegiatan',
    biaya: '50000000',
    sumberDana: 'DDS',
  },
  {
    programme: 3,
    name: 'Pelatihan kader pembangunan manusia',
    lokasi: 'Balai desa',
    volume: '20 kader',
    biaya: '15000000',
    sumberDana: 'DDS',
  },
  {
    programme: 4,
    name: 'BLT Dana Desa',
    lokasi: 'Seluruh dusun',
    volume: '28 KK × 12 bulan',
    biaya: '100000000',
    sumberDana: 'DDS',
  },
];

/** Kode rekening, uraian, anggaran, sumber dana: the APBDes rows, subtotals equal to their rows. */
const APBDES_ROWS: readonly [string, string, number, string][] = [
  ['4.', 'PENDAPATAN', 1_200_000_000, ''],
  ['4.1.', 'Pendapatan Asli Desa', 20_000_000, ''],
  ['4.1.1.', 'Hasil Usaha Desa', 20_000_000, 'PAD'],
  ['4.2.', 'Pendapatan Transfer', 1_180_000_000, ''],
  ['4.2.1.', 'Dana Desa', 900_000_000, 'DDS'],
  ['4.2.3.', 'Alokasi Dana Desa', 280_000_000, 'ADD'],
  ['5.', 'BELANJA', 1_188_000_000, ''],
  ['1.', 'BIDANG PENYELENGGARAAN PEMERINTAHAN DESA', 220_000_000, ''],
  ['1.1.', 'Sub Bidang Penyelenggaraan Belanja Siltap, Tunjangan dan Operasional', 220_000_000, ''],
  ['1.1.01.', 'Penyediaan Penghasilan Tetap dan Tunjangan Kepala Desa', 200_000_000, 'ADD'],
  ['5.1.1.01.', 'Penghasilan Tetap Kepala Desa', 150_000_000, 'ADD'],
  ['5.1.2.01.', 'Tunjangan Kepala Desa', 50_000_000, 'ADD'],
  ['1.1.04.', 'Penyediaan Operasional Pemerintah Desa', 20_000_000, 'ADD'],
  ['5.2.1.01.', 'Belanja Alat Tulis Kantor', 20_000_000, 'ADD'],
  ['2.', 'BIDANG PELAKSANAAN PEMBANGUNAN DESA', 803_000_000, ''],
  ['2.2.', 'Sub Bidang Kesehatan', 103_000_000, ''],
  ['2.2.01.', 'Penyelenggaraan Pos Kesehatan Desa / Posyandu', 103_000_000, 'DDS'],
  ['5.2.2.01.', 'Makanan Tambahan Balita', 78_000_000, 'DDS'],
  ['5.2.3.01.', 'Insentif Kader Posyandu', 25_000_000, 'DDS'],
  ['2.3.', 'Sub Bidang Pekerjaan Umum dan Penataan Ruang', 700_000_000, ''],
  ['2.3.10.', 'Pembangunan/Rehabilitasi/Peningkatan Jalan Desa', 700_000_000, 'DDS'],
  ['5.3.4.01.', 'Belanja Modal Jalan Desa', 700_000_000, 'DDS'],
  ['3.', 'BIDANG PEMBINAAN KEMASYARAKATAN', 50_000_000, ''],
  ['3.3.', 'Sub Bidang Kepemudaan dan Olah Raga', 50_000_000, ''],
  ['3.3.01.', 'Pengiriman Kontingen Kepemudaan dan Olahraga', 50_000_000, 'DDS'],
  ['4.', 'BIDANG PEMBERDAYAAN MASYARAKAT', 15_000_000, ''],
  ['4.4.', 'Sub Bidang Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga', 15_000_000, ''],
  ['4.4.01.', 'Pelatihan Kader Pembangunan Manusia', 15_000_000, 'DDS'],
  ['5.', 'BIDANG PENANGGULANGAN BENCANA, KEADAAN DARURAT DAN MENDESAK DESA', 100_000_000, ''],
  ['5.3.', 'Sub Bidang Keadaan Mendesak', 100_000_000, ''],
  ['5.3.01.', 'Penanganan Keadaan Mendesak (BLT Dana Desa)', 100_000_000, 'DDS'],
];

/** The APBDes workbook as Siskeudes lays it out: title rows, the header, the numbered column row, the rows. */
async function apbdesWorkbook(desaName: string, year: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lap APBDes');
  for (const title of [`PEMERINTAH DESA ${desaName.toUpperCase()}`, 'ANGGARAN PENDAPATAN DAN BELANJA DESA'])
    sheet.addRow([title]);
  sheet.addRow([`TAHUN ANGGARAN ${year}`]);
  sheet.addRow([]);
  sheet.addRow(['KODE REK.', 'URAIAN', 'JUMLAH (Rp)', 'SUMBER DANA']);
  sheet.addRow(['1', '2', '3', '4']);
  for (const row of APBDES_ROWS) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Seeds the plans of the operator's desa unless it already has an RPJMDes. */
export async function seedVillagesPlansSample(admin: RequestContext, operatorEmail: string): Promise<void> {
  const desa = await desaUnitOfUser(admin, operatorEmail);
  if (!desa) return;
  const operator = actingAt(admin, desa.userId, 'operator_desa');
  if ((await listRpjm(operator, desa.desaId)).items.length > 0) return;
  const year = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone, year: 'numeric' }).format(admin.platform.now()),
  );
  const years = Array.from({ length: 6 }, (_, i) => year - 1 + i);
  const rpjm = await createRpjm(operator, desa.desaId, {
    startYear: year - 1,
    endYear: year + 4,
    visi: `Desa ${desa.desaName} yang sehat, maju dan berdaya melalui pelayanan yang terbuka`,
    misi: ['Melayani warga dengan cepat dan terbuka', 'Membangun jalan dan layanan dasar', 'Menurunkan stunting dan kemiskinan'],
  });
  const programmes = [];
  for (const p of PROGRAMMES)
    programmes.push(
      await createProgramme(operator, rpjm.id, {
        ...p,
        subBidang: null,
        lokasi: `Desa ${desa.desaName}`,
        paguIndikatif: p.pagu,
        years,
      }),
    );
  for (const a of ACTIVITIES) {
    const programme = programmes[a.programme];
    await createActivity(operator, desa.desaId, year, {
      ...{ bidang: programme.bidang, programmeId: programme.id, name: a.name, lokasi: a.lokasi, volume: a.volume },
      ...{ sasaran: null, waktu: 'Januari–Desember', biaya: a.biaya, sumberDana: a.sumberDana, pola: 'swakelola' },
    });
  }
  const file = await apbdesWorkbook(desa.desaName, year);
  await importBudget(operator, desa.desaId, year, async () => ({ data: file, fileName: 'apbdes.xlsx' }), { dryRun: false });
}
