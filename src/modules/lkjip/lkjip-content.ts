/**
 * Assembles the LKjIP outline (domain notes §8; PermenPANRB 53/2014 Anak Lampiran II.1) from the facts, pure: the
 * tables and numbers always come from the data; narrative sections take the saved text, else a default generated
 * from the data (empty when the data allows none, which the completeness check reports).
 */
import type { LkjipIndicatorFacts } from '../performance/index.ts';
import {
  type AnalysisPart,
  causesAnalysis,
  efficiencyAnalysis,
  historyAnalysis,
  mediumTermAnalysis,
  programmeAnalysis,
  targetAnalysis,
} from './lkjip-analyses.ts';
import { bandName, meanOf, percentId, rupiahId, sumOf, targetId } from './lkjip-format.ts';
import {
  ANALYSES,
  analysisKey,
  CHAPTERS,
  type LkjipBlock,
  type LkjipContent,
  type LkjipInput,
  type LkjipSectionDraft,
} from './lkjip-model.ts';
import { programmeTable, totalMoney } from './lkjip-tables.ts';

/** Printed where a narrative section has no text yet. */
export const EMPTY_SECTION_TEXT = '(Bagian ini belum diisi.)';

/** A sasaran with its indicators, in the order the indicators come. */
export interface SasaranGroup {
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly LkjipIndicatorFacts[];
}

/** Groups indicators by the node (sasaran) they hang on, keeping first-seen order. */
export function sasaranGroups(indicators: readonly LkjipIndicatorFacts[]): SasaranGroup[] {
  const groups = new Map<string, SasaranGroup>();
  for (const i of indicators) {
    const found = groups.get(i.sasaran.id);
    const title = i.sasaran.code ? `${i.sasaran.code} ${i.sasaran.title}` : i.sasaran.title;
    groups.set(i.sasaran.id, { id: i.sasaran.id, title, indicators: [...(found?.indicators ?? []), i] });
  }
  return [...groups.values()];
}

/** Collects blocks and the narrative sections while the outline is built. */
class Outline {
  readonly blocks: LkjipBlock[] = [];
  readonly sections: LkjipSectionDraft[] = [];
  constructor(private readonly saved: ReadonlyMap<string, string>) {}

  heading(level: 1 | 2 | 3, text: string) {
    this.blocks.push({ kind: 'heading', level, text });
  }

  section(key: string, title: string, defaultText: string) {
    const saved = this.saved.get(key);
    const text = saved?.trim() ? saved : defaultText;
    this.sections.push({ key, title, defaultText, text, edited: saved !== undefined });
    this.blocks.push({ kind: 'paragraph', sectionKey: key, text: text.trim() ? text : EMPTY_SECTION_TEXT });
  }

  add(...blocks: readonly LkjipBlock[]) {
    this.blocks.push(...blocks);
  }
}

const computedValues = (indicators: readonly LkjipIndicatorFacts[]) =>
  indicators.flatMap((i) => (i.capaian?.state === 'computed' && i.capaian.value ? [i.capaian.value] : []));

function executiveSummary(o: Outline, input: LkjipInput, groups: readonly SasaranGroup[]) {
  const { facts, org } = input;
  const mean = meanOf(computedValues(facts.indicators));
  const counts = facts.bands
    .map((b) => ({ b, n: facts.indicators.filter((i) => i.capaian?.band === b.code).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} indikator ${bandName(x.b.code, facts.bands)}`);
  const money = totalMoney(facts.programmes);
  const text = [
    `Laporan Kinerja ${org.unitName} Tahun ${facts.year} memuat ${groups.length} sasaran dengan ${facts.indicators.length} indikator kinerja.`,
    mean ? `Rata-rata capaian indikator sebesar ${percentId(mean)} %${counts.length ? ` (${counts.join(', ')})` : ''}.` : '',
    money?.serapan ? `Serapan anggaran sebesar ${percentId(money.serapan)} % dari pagu ${rupiahId(money.pagu)}.` : '',
  ];
  o.heading(1, CHAPTERS.ikhtisar);
  o.section('ikhtisar', 'Ikhtisar eksekutif', text.filter(Boolean).join(' '));
}

function introduction(o: Outline, input: LkjipInput) {
  const { org } = input;
  const head = org.head ? `${org.unitName} dipimpin oleh ${org.head.jabatan}${org.head.name ? ` (${org.head.name})` : ''}.` : '';
  const parts = org.subunits.length ? ` Susunan organisasinya terdiri atas: ${org.subunits.join(', ')}.` : '';
  o.heading(1, CHAPTERS.bab1);
  o.heading(2, 'A. Gambaran Umum Organisasi');
  o.section('bab1.organisasi', 'Gambaran umum organisasi', `${head}${parts}`.trim());
  o.heading(2, 'B. Isu Strategis');
  o.section('bab1.isu_strategis', 'Aspek strategis dan permasalahan utama', '');
}

function planning(o: Outline, input: LkjipInput) {
  const { facts } = input;
  const pk = facts.agreement;
  o.heading(1, CHAPTERS.bab2);
  if (pk) {
    const total = sumOf(pk.budgets.map((b) => b.pagu));
    const text = `Perjanjian Kinerja Tahun ${facts.year}${pk.documentNumber ? ` nomor ${pk.documentNumber}` : ''} ditandatangani oleh ${pk.firstParty.jabatan ?? '-'} dan ${pk.secondParty.jabatan ?? '-'}, memuat ${pk.items.length} indikator kinerja dengan anggaran ${rupiahId(total)}.`;
    o.section('bab2.ringkasan', 'Ringkasan perjanjian kinerja', text);
    const rows = pk.items.map((item, n) => [
      String(n + 1),
      item.sasaran,
      item.indicatorName,
      targetId(item.target, item.unitOfMeasure),
    ]);
    o.add({ kind: 'table', header: ['No.', 'Sasaran', 'Indikator Kinerja', 'Target'], rows });
    const budgetRows = pk.budgets.map((b, n) => [String(n + 1), `${b.programCode} ${b.programName}`, rupiahId(b.pagu)]);
    o.add({ kind: 'table', header: ['No.', 'Program', 'Anggaran'], rows: [...budgetRows, ['', 'Jumlah', rupiahId(total)]] });
    return;
  }
  o.section('bab2.ringkasan', 'Ringkasan perjanjian kinerja', '');
  const rows = facts.indicators.map((i, n) => [String(n + 1), i.sasaran.title, i.name, targetId(i.target, i.unitOfMeasure)]);
  o.add({ kind: 'table', header: ['No.', 'Sasaran', 'Indikator Kinerja', `Target ${facts.year}`], rows });
}

function analysesOf(group: SasaranGroup, input: LkjipInput): AnalysisPart[] {
  const { facts } = input;
  const nationalStandard: AnalysisPart = { blocks: [], defaultText: '' };
  return [
    targetAnalysis(group.indicators, facts, group.title),
    historyAnalysis(group.indicators, facts.year),
    mediumTermAnalysis(group.indicators, facts),
    nationalStandard,
    causesAnalysis(group.indicators),
    efficiencyAnalysis(group.indicators, facts),
    programmeAnalysis(group.indicators),
  ];
}

function accountability(o: Outline, input: LkjipInput, groups: readonly SasaranGroup[]) {
  o.heading(1, CHAPTERS.bab3);
  o.heading(2, CHAPTERS.bab3a);
  groups.forEach((group, g) => {
    o.heading(2, `Sasaran ${g + 1}: ${group.title}`);
    analysesOf(group, input).forEach((part, index) => {
      o.heading(3, `${index + 1}. ${ANALYSES[index]}`);
      o.add(...part.blocks);
      o.section(analysisKey(group.id, index + 1), `${group.title} — ${ANALYSES[index]}`, part.defaultText);
    });
  });
  const money = totalMoney(input.facts.programmes);
  o.heading(2, CHAPTERS.bab3b);
  if (money) o.add(programmeTable(input.facts.programmes));
  const text = money
    ? `Pagu anggaran tahun ${input.facts.year} sebesar ${rupiahId(money.pagu)} dengan realisasi ${rupiahId(money.realisasi)}${money.serapan ? ` (serapan ${percentId(money.serapan)} %)` : ''}.`
    : '';
  o.section('bab3b.realisasi_anggaran', 'Realisasi anggaran', text);
}

/** The regency's lampiran 1: each reporting OPD's PK with the regional head (number, parties, verification code). */
function regencyAgreements(o: Outline, input: LkjipInput) {
  const rows = input.facts.opdAgreements.map((opd, n) => {
    const pk = opd.agreement;
    if (!pk) return [String(n + 1), opd.unitName, 'Belum ditandatangani', '-', '-'];
    const revision = pk.revision > 0 ? ` (perubahan ke-${pk.revision})` : '';
    const first = [pk.firstParty.jabatan, pk.firstParty.name].filter(Boolean).join(' — ') || '-';
    const second = [pk.secondParty.jabatan, pk.secondParty.name].filter(Boolean).join(' — ') || '-';
    return [
      String(n + 1),
      opd.unitName,
      `${pk.documentNumber ?? '-'}${revision}`,
      `${first} / ${second}`,
      pk.verificationCode ?? '-',
    ];
  });
  o.add({
    kind: 'table',
    header: ['No.', 'Perangkat Daerah', 'Nomor Perjanjian Kinerja', 'Pihak pertama / pihak kedua', 'Kode verifikasi'],
    rows: rows.length ? rows : [['-', 'Belum ada perjanjian kinerja yang ditandatangani.', '-', '-', '-']],
  });
}

function closing(o: Outline, input: LkjipInput) {
  o.heading(1, CHAPTERS.bab4);
  o.section('bab4.simpulan', 'Simpulan umum dan langkah perbaikan', '');
  o.heading(1, CHAPTERS.lampiran);
  if (input.facts.unitId === null) {
    regencyAgreements(o, input);
    return;
  }
  const pk = input.facts.agreement;
  const reference = pk
    ? [
        ['Perjanjian Kinerja', `Tahun ${input.facts.year}${pk.revision > 0 ? ` (perubahan ke-${pk.revision})` : ''}`],
        ['Nomor', pk.documentNumber ?? '-'],
        ['Pihak pertama', [pk.firstParty.jabatan, pk.firstParty.name].filter(Boolean).join(' — ') || '-'],
        ['Pihak kedua', [pk.secondParty.jabatan, pk.secondParty.name].filter(Boolean).join(' — ') || '-'],
        ['Kode verifikasi', pk.verificationCode ?? '-'],
      ]
    : [['Perjanjian Kinerja', 'Belum ada perjanjian kinerja yang ditandatangani.']];
  o.add({ kind: 'table', header: ['Lampiran 1', 'Keterangan'], rows: reference });
}

/** The whole report: cover, chapters with tables and charts, and the narrative sections in outline order. */
export function assembleLkjip(input: LkjipInput): LkjipContent {
  const o = new Outline(input.saved);
  const groups = sasaranGroups(input.facts.indicators);
  executiveSummary(o, input, groups);
  introduction(o, input);
  planning(o, input);
  accountability(o, input, groups);
  closing(o, input);
  const cover = {
    title: `LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN ${input.facts.year}`,
    regencyName: input.org.regencyName,
    unitName: input.org.unitName,
    year: input.facts.year,
    ...(input.org.lambang ? { lambang: input.org.lambang } : {}),
  };
  return { document: { cover, blocks: o.blocks }, sections: o.sections };
}
