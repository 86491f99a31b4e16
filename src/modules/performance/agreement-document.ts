/**
 * The official document of a Perjanjian Kinerja in the PermenPANRB 53/2014 (Lampiran I) format: the statement naming
 * pihak pertama and pihak kedua, their signatures (pihak kedua left, pihak pertama right) and the lampiran with the
 * tables Sasaran | Indikator Kinerja | Target and Program | Anggaran. Pure: facts in, the documents module's input out.
 */
import type { Decimal } from 'decimal.js';
import type { CreateDocumentInput } from '../documents/index.ts';
import type { AgreementLevel } from './agreements.contract.ts';
import { Dec } from './capaian/decimal.ts';
import { formatRupiah } from './rupiah.ts';

/** One party as printed and as the documents module signs. */
export interface PartyFacts {
  readonly employeeId: string;
  readonly name: string;
  readonly jabatan: string;
  readonly capacity: 'definitif' | 'plt' | 'plh' | 'pj';
}

/** A promised target (kind null is refused before a document is built). */
export interface TargetFacts {
  readonly kind: 'number' | 'range' | 'text' | null;
  readonly value: string | null;
  readonly min: string | null;
  readonly max: string | null;
  readonly text: string | null;
}

/** Everything the document shows. */
export interface AgreementDocumentFacts {
  readonly year: number;
  readonly revision: number;
  readonly revisionReason: string | null;
  readonly level: AgreementLevel;
  readonly unitId: string;
  readonly unitName: string;
  readonly number: string;
  readonly place: string;
  readonly date: string;
  readonly first: PartyFacts;
  readonly second: PartyFacts;
  readonly items: readonly { sasaran: string; indicatorName: string; unitOfMeasure: string; target: TargetFacts }[];
  readonly budgets: readonly {
    programCode: string;
    programName: string;
    kegiatanCode: string | null;
    kegiatanName: string | null;
    subKegiatanCode: string | null;
    subKegiatanName: string | null;
    pagu: string;
  }[];
}

/** A decimal as Indonesians write it: a comma before the decimals (`12,5`). */
const decimalId = (text: string) => text.replace('.', ',');

/** The target cell: `75,5 persen`, `70–80 unit`, or the text target. */
export function targetText(target: TargetFacts, unitOfMeasure: string): string {
  if (target.kind === 'number' && target.value) return `${decimalId(target.value)} ${unitOfMeasure}`.trim();
  if (target.kind === 'range' && target.min && target.max)
    return `${decimalId(target.min)}–${decimalId(target.max)} ${unitOfMeasure}`.trim();
  return target.text ?? '-';
}

/** The document title: `PERJANJIAN KINERJA TAHUN 2027`, with `(PERUBAHAN)` for a PK perubahan. */
export function agreementTitle(year: number, revision: number): string {
  if (revision === 0) return `PERJANJIAN KINERJA TAHUN ${year}`;
  return `PERJANJIAN KINERJA TAHUN ${year} (PERUBAHAN${revision > 1 ? ` KE-${revision}` : ''})`;
}

function statement(f: AgreementDocumentFacts): CreateDocumentInput['body'] {
  const body: CreateDocumentInput['body'] = [
    {
      kind: 'paragraph',
      text: 'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    },
    { kind: 'fields', rows: [party('Nama', f.first.name), party('Jabatan', f.first.jabatan)] },
    { kind: 'paragraph', text: 'selanjutnya disebut pihak pertama;' },
    { kind: 'fields', rows: [party('Nama', f.second.name), party('Jabatan', f.second.jabatan)] },
    { kind: 'paragraph', text: 'selaku atasan pihak pertama, selanjutnya disebut pihak kedua.' },
    {
      kind: 'paragraph',
      text: 'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
    },
    {
      kind: 'paragraph',
      text: 'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    },
  ];
  if (f.revision > 0 && f.revisionReason)
    body.push({ kind: 'paragraph', text: `Perjanjian kinerja ini merupakan perubahan karena ${f.revisionReason}` });
  return body;
}

const party = (label: string, value: string) => ({ label, value });

/** Rows of the performance table; the sasaran is printed once for its first indicator (like a merged cell). */
export function itemRows(items: AgreementDocumentFacts['items']): string[][] {
  return items.map((item, i) => [
    String(i + 1),
    i > 0 && items[i - 1]?.sasaran === item.sasaran ? '' : item.sasaran,
    item.indicatorName,
    targetText(item.target, item.unitOfMeasure),
  ]);
}

const BUDGET_HEADER: Record<AgreementLevel, string> = { opd: 'Program', eselon_iii: 'Kegiatan', eselon_iv: 'Sub Kegiatan' };

/** The budget grouped at the level of the PK (program for a Kepala OPD), with exact sums and a total row. */
export function budgetRows(level: AgreementLevel, budgets: AgreementDocumentFacts['budgets']): string[][] {
  const groups = new Map<string, { label: string; sum: Decimal }>();
  for (const b of budgets) {
    const [code, name] =
      level === 'eselon_iv' && b.subKegiatanCode
        ? [b.subKegiatanCode, b.subKegiatanName]
        : level !== 'opd' && b.kegiatanCode
          ? [b.kegiatanCode, b.kegiatanName]
          : [b.programCode, b.programName];
    const group = groups.get(code) ?? { label: `${code} ${name ?? ''}`.trim(), sum: new Dec(0) };
    group.sum = group.sum.plus(new Dec(b.pagu));
    groups.set(code, group);
  }
  const rows = [...groups.values()].map((g, i) => [String(i + 1), g.label, formatRupiah(g.sum.toFixed())]);
  const total = budgets.reduce((sum, b) => sum.plus(new Dec(b.pagu)), new Dec(0));
  return [...rows, ['', 'Jumlah', formatRupiah(total.toFixed())]];
}

/** The documents module's input for a PK: title block layout, kop of the OPD, signers pihak kedua then pihak pertama. */
export function agreementDocumentInput(f: AgreementDocumentFacts): CreateDocumentInput {
  const title = agreementTitle(f.year, f.revision);
  return {
    kind: 'perjanjian_kinerja',
    layout: 'title_block',
    title,
    number: f.number,
    unitId: f.unitId,
    place: f.place,
    date: f.date,
    security: 'biasa',
    body: statement(f),
    signers: [f.second, f.first].map((p) => ({ employeeId: p.employeeId, capacity: p.capacity, jabatan: p.jabatan })),
    attachments: [
      {
        title: `${title} ${f.unitName.toUpperCase()}`.slice(0, 300),
        body: [
          { kind: 'heading', text: 'Sasaran, Indikator Kinerja dan Target' },
          { kind: 'table', header: ['No.', 'Sasaran', 'Indikator Kinerja', 'Target'], rows: itemRows(f.items) },
          { kind: 'heading', text: 'Anggaran' },
          { kind: 'table', header: ['No.', BUDGET_HEADER[f.level], 'Anggaran'], rows: budgetRows(f.level, f.budgets) },
        ],
      },
    ],
  };
}
