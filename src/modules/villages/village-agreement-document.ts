/**
 * The official document of a PK Kepala Desa: the statement naming the kepala desa (pihak pertama) and the camat
 * (pihak kedua), their signatures (the kepala desa signs first, so his block is the first, printed left) and the
 * lampiran table Sasaran | Indikator Kinerja | Target. Pure: facts in, the documents module's input out.
 */
import type { CreateDocumentInput } from '../documents/index.ts';

/** One party as printed and as the documents module signs. */
export interface VillageParty {
  readonly employeeId: string;
  readonly name: string;
  readonly jabatan: string;
  readonly capacity: 'definitif' | 'plt' | 'plh' | 'pj';
}

/** One promised row. */
export interface VillageAgreementRow {
  readonly sasaran: string;
  readonly indicatorName: string;
  readonly target: string;
  readonly unit: string;
}

/** Everything the document shows. */
export interface VillageAgreementFacts {
  readonly year: number;
  readonly revision: number;
  readonly revisionReason: string | null;
  readonly desaName: string;
  /** The unit whose kop heads the document (the kecamatan's; the documents module falls back to the pemda's). */
  readonly kopUnitId: string | null;
  readonly number: string;
  readonly place: string;
  readonly date: string;
  readonly kades: VillageParty;
  readonly camat: VillageParty;
  readonly items: readonly VillageAgreementRow[];
}

/** The jabatan as printed: the position's name, with the place added when the name does not already carry it. */
export function jabatanWithPlace(positionName: string, placeName: string): string {
  const name = positionName.trim();
  return name.toLowerCase().includes(placeName.trim().toLowerCase()) ? name : `${name} ${placeName.trim()}`;
}

/** The target cell as Indonesians write it: `64 KK`, `76,61 indeks` (a comma before the decimals). */
export function villageTargetText(target: string, unit: string): string {
  return `${target.replace('.', ',')} ${unit}`.trim();
}

/** A mandated result's name `Sasaran: indikator` split in two; a name without a colon is both. */
export function splitResultName(name: string): { sasaran: string; indicatorName: string } {
  const at = name.indexOf(':');
  if (at <= 0 || at === name.length - 1) return { sasaran: name.trim(), indicatorName: name.trim() };
  return { sasaran: name.slice(0, at).trim(), indicatorName: name.slice(at + 1).trim() };
}

/** The title: `PERJANJIAN KINERJA TAHUN 2026`, with `(PERUBAHAN)` for a PK perubahan. */
export function villageAgreementTitle(year: number, revision: number): string {
  if (revision === 0) return `PERJANJIAN KINERJA TAHUN ${year}`;
  return `PERJANJIAN KINERJA TAHUN ${year} (PERUBAHAN${revision > 1 ? ` KE-${revision}` : ''})`;
}

function statement(f: VillageAgreementFacts): CreateDocumentInput['body'] {
  const body: CreateDocumentInput['body'] = [
    {
      kind: 'paragraph',
      text: `Dalam rangka mewujudkan manajemen pemerintahan desa yang efektif, transparan dan akuntabel serta berorientasi pada hasil, yang menjadi dasar pertanggungjawaban Dana Desa dan Alokasi Dana Desa kepada masyarakat, kami yang bertanda tangan di bawah ini:`,
    },
    { kind: 'fields', rows: [field('Nama', f.kades.name), field('Jabatan', f.kades.jabatan)] },
    { kind: 'paragraph', text: 'selanjutnya disebut pihak pertama;' },
    { kind: 'fields', rows: [field('Nama', f.camat.name), field('Jabatan', f.camat.jabatan)] },
    {
      kind: 'paragraph',
      text: 'selaku pembina dan pengawas penyelenggaraan pemerintahan desa, selanjutnya disebut pihak kedua.',
    },
    {
      kind: 'paragraph',
      text: `Pihak pertama berjanji akan mewujudkan target kinerja Pemerintah Desa ${f.desaName} tahun ${f.year} sebagaimana tercantum dalam lampiran perjanjian ini, termasuk hasil wajib yang ditetapkan pemerintah kabupaten dan indikator kinerja desa sendiri, sesuai RPJM Desa dan RKP Desa. Keberhasilan dan kegagalan pencapaian target tersebut menjadi tanggung jawab pihak pertama.`,
    },
    {
      kind: 'paragraph',
      text: 'Pihak kedua akan melakukan pembinaan, memverifikasi laporan realisasi setiap triwulan, dan mengevaluasi capaian kinerja dalam perjanjian ini.',
    },
  ];
  if (f.revision > 0 && f.revisionReason)
    body.push({ kind: 'paragraph', text: `Perjanjian kinerja ini merupakan perubahan karena ${f.revisionReason}` });
  return body;
}

const field = (label: string, value: string) => ({ label, value });

/** Rows of the table; the sasaran is printed once for consecutive rows sharing it (like a merged cell). */
export function villageItemRows(items: readonly VillageAgreementRow[]): string[][] {
  return items.map((item, i) => [
    String(i + 1),
    i > 0 && items[i - 1]?.sasaran === item.sasaran ? '' : item.sasaran,
    item.indicatorName,
    villageTargetText(item.target, item.unit),
  ]);
}

/** The documents module's input: title block, the kecamatan's kop, signers kepala desa then camat (printed the other way). */
export function villageAgreementDocumentInput(f: VillageAgreementFacts): CreateDocumentInput {
  const title = villageAgreementTitle(f.year, f.revision);
  return {
    kind: 'perjanjian_kinerja',
    layout: 'title_block',
    title,
    number: f.number,
    ...(f.kopUnitId ? { unitId: f.kopUnitId } : {}),
    place: f.place,
    date: f.date,
    security: 'biasa',
    body: statement(f),
    signers: [f.kades, f.camat].map((p) => ({ employeeId: p.employeeId, capacity: p.capacity, jabatan: p.jabatan })),
    // The kepala desa (pihak pertama) signs first; the PK format prints the camat (pihak kedua) left, him right.
    printOrder: [1, 0],
    attachments: [
      {
        title: `${title} PEMERINTAH DESA ${f.desaName.toUpperCase()}`.slice(0, 300),
        body: [
          { kind: 'heading', text: 'Sasaran, Indikator Kinerja dan Target' },
          { kind: 'table', header: ['No.', 'Sasaran', 'Indikator Kinerja', 'Target'], rows: villageItemRows(f.items) },
        ],
      },
    ],
  };
}
