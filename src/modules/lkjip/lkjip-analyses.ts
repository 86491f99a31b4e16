/**
 * The seven analyses of one sasaran in Bab III A (pure): each gives the tables and chart from the data and a default
 * sentence where the data allows one; an analysis without data (e.g. the national standard, for which Pamong has no
 * field) has an empty default, so it stays a narrative slot the user must write.
 */
import { efficiencyStatus, type LkjipFacts, type LkjipIndicatorFacts } from '../performance/index.ts';
import { bandName, compare, difference, numberId, percentId, ratioPercent, rupiahId, targetId } from './lkjip-format.ts';
import type { LkjipBlock } from './lkjip-model.ts';

/** What one analysis contributes: data blocks (tables, chart) and the default narrative. */
export interface AnalysisPart {
  readonly blocks: readonly LkjipBlock[];
  readonly defaultText: string;
}

const EFFICIENCY_LABEL = { efisien: 'efisien', cukup_efisien: 'cukup efisien', tidak_efisien: 'tidak efisien' } as const;
const GREY = '#868e96';

/** The realisasi shown for the year: the stored capaian's, else the latest verified value. */
export function realisasiOf(i: LkjipIndicatorFacts): string | null {
  if (i.capaian?.realisasi) return i.capaian.realisasi;
  const verified = i.realisasi.filter((r) => r.status === 'verified' && r.value !== null);
  return verified.sort((a, b) => b.period.localeCompare(a.period))[0]?.value ?? null;
}

const capaianValue = (i: LkjipIndicatorFacts) => (i.capaian?.state === 'computed' ? i.capaian.value : null);
const unitText = (i: LkjipIndicatorFacts, value: string | null) =>
  value === null ? '-' : `${numberId(value)} ${i.unitOfMeasure}`.trim();

/** 1. Target vs realisasi: the capaian table, a bar chart and one sentence per indicator. */
export function targetAnalysis(indicators: readonly LkjipIndicatorFacts[], facts: LkjipFacts, title: string): AnalysisPart {
  const rows = indicators.map((i, n) => {
    const value = capaianValue(i);
    return [
      String(n + 1),
      i.name,
      targetId(i.target, i.unitOfMeasure),
      unitText(i, realisasiOf(i)),
      value === null ? '-' : percentId(value),
      bandName(i.capaian?.band ?? null, facts.bands),
    ];
  });
  const bars = indicators.map((i) => ({
    label: i.code ? `${i.code} ${i.name}` : i.name,
    value: capaianValue(i),
    color: facts.bands.find((b) => b.code === i.capaian?.band)?.color ?? GREY,
  }));
  const sentences = indicators.map((i) => {
    const value = capaianValue(i);
    if (value === null) return `Capaian indikator ${i.name} belum dapat dihitung.`;
    const band = bandName(i.capaian?.band ?? null, facts.bands);
    return `Capaian indikator ${i.name} sebesar ${percentId(value)} % (${band}), dengan realisasi ${unitText(i, realisasiOf(i))} dari target ${targetId(i.target, i.unitOfMeasure)}.`;
  });
  return {
    blocks: [
      { kind: 'table', header: ['No.', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'], rows },
      { kind: 'chart', title: `Capaian indikator — ${title}`, bars },
    ],
    defaultText: sentences.join(' '),
  };
}

/** 2. This year against earlier years (stored yearly capaian). */
export function historyAnalysis(indicators: readonly LkjipIndicatorFacts[], year: number): AnalysisPart {
  const years = [...new Set(indicators.flatMap((i) => i.history.map((h) => h.year)))].sort().slice(-4);
  if (years.length === 0) return { blocks: [], defaultText: '' };
  const cell = (i: LkjipIndicatorFacts, y: number) => {
    const c = y === year ? i.capaian : i.history.find((h) => h.year === y);
    return c?.state === 'computed' && c.value ? percentId(c.value) : '-';
  };
  const rows = indicators.map((i) => [i.name, ...years.map((y) => cell(i, y)), cell(i, year)]);
  const sentences = indicators.flatMap((i) => {
    const previous = [...i.history].reverse().find((h) => h.state === 'computed' && h.value);
    const now = capaianValue(i);
    if (!previous?.value || now === null) return [];
    const trend = compare(now, previous.value);
    const word = trend > 0 ? 'meningkat' : trend < 0 ? 'menurun' : 'tetap';
    return [
      `Capaian indikator ${i.name} ${word} dari ${percentId(previous.value)} % (${previous.year}) menjadi ${percentId(now)} % (${year}).`,
    ];
  });
  return {
    blocks: [{ kind: 'table', header: ['Indikator Kinerja', ...years.map(String), String(year)], rows }],
    defaultText: sentences.join(' '),
  };
}

/** 3. Realisasi against the target at the end of the plan period (percent only for a numeric, maximising target). */
export function mediumTermAnalysis(indicators: readonly LkjipIndicatorFacts[], facts: LkjipFacts): AnalysisPart {
  const endYear = facts.plan?.endYear;
  if (!endYear || indicators.every((i) => i.endTarget === null)) return { blocks: [], defaultText: '' };
  const progress = (i: LkjipIndicatorFacts) => {
    const realisasi = realisasiOf(i);
    const end = i.endTarget;
    if (realisasi === null || end?.kind !== 'number' || !end.value || i.polarity !== 'maximize') return null;
    return ratioPercent(realisasi, end.value);
  };
  const rows = indicators.map((i) => {
    const p = progress(i);
    return [i.name, targetId(i.endTarget, i.unitOfMeasure), unitText(i, realisasiOf(i)), p === null ? '-' : percentId(p)];
  });
  const sentences = indicators.flatMap((i) => {
    const p = progress(i);
    if (p === null || i.endTarget === null) return [];
    return [
      `Realisasi indikator ${i.name} tahun ${facts.year} sebesar ${unitText(i, realisasiOf(i))}, atau ${percentId(p)} % dari target akhir periode ${targetId(i.endTarget, i.unitOfMeasure)} (${endYear}).`,
    ];
  });
  const header = ['Indikator Kinerja', `Target Akhir (${endYear})`, `Realisasi ${facts.year}`, 'Capaian thd Target Akhir (%)'];
  return { blocks: [{ kind: 'table', header, rows }], defaultText: sentences.join(' ') };
}

/** 5. Causes and solutions from the verified realisasi's obstacles and remedies. */
export function causesAnalysis(indicators: readonly LkjipIndicatorFacts[]): AnalysisPart {
  const sentences = indicators.flatMap((i) => {
    const notes = i.realisasi.filter((r) => r.status === 'verified' && (r.obstacles || r.remedies));
    if (notes.length === 0) return [];
    const obstacles = notes.flatMap((r) => (r.obstacles ? [r.obstacles.trim()] : []));
    const remedies = notes.flatMap((r) => (r.remedies ? [r.remedies.trim()] : []));
    const parts = [
      obstacles.length ? `kendala: ${obstacles.join('; ')}` : '',
      remedies.length ? `upaya/solusi: ${remedies.join('; ')}` : '',
    ].filter(Boolean);
    return [`Indikator ${i.name} — ${parts.join('; ')}.`];
  });
  return { blocks: [], defaultText: sentences.join(' ') };
}

/** 6. Efficiency: capaian minus serapan of the indicator's tagged budget (tenant's bands, Rule A). */
export function efficiencyAnalysis(indicators: readonly LkjipIndicatorFacts[], facts: LkjipFacts): AnalysisPart {
  const rated = indicators.flatMap((i) => {
    const capaian = capaianValue(i);
    const money = i.budget?.money;
    if (!money) return [];
    const status = capaian !== null && money.serapan !== null ? efficiencyStatus(capaian, money.serapan, facts.efficiency) : null;
    return [{ i, capaian, money, status }];
  });
  if (rated.length === 0) return { blocks: [], defaultText: '' };
  const rows = rated.map(({ i, capaian, money, status }) => [
    i.name,
    capaian === null ? '-' : percentId(capaian),
    rupiahId(money.pagu),
    rupiahId(money.realisasi),
    money.serapan === null ? '-' : percentId(money.serapan),
    status ? percentId(status.delta) : '-',
    status ? EFFICIENCY_LABEL[status.status] : '-',
  ]);
  const sentences = rated.flatMap(({ i, capaian, money, status }) =>
    status && capaian !== null && money.serapan !== null
      ? [
          `Indikator ${i.name}: capaian ${percentId(capaian)} % dengan serapan anggaran ${percentId(money.serapan)} % (selisih ${percentId(difference(capaian, money.serapan))} poin), ${EFFICIENCY_LABEL[status.status]}.`,
        ]
      : [],
  );
  const header = ['Indikator Kinerja', 'Capaian (%)', 'Pagu', 'Realisasi Anggaran', 'Serapan (%)', 'Selisih', 'Efisiensi'];
  return { blocks: [{ kind: 'table', header, rows }], defaultText: sentences.join(' ') };
}

/** 7. The programmes of the tagged budget lines that support the sasaran. */
export function programmeAnalysis(indicators: readonly LkjipIndicatorFacts[]): AnalysisPart {
  const seen = new Map<string, { code: string; name: string; pagu: string; realisasi: string; serapan: string | null }>();
  for (const i of indicators) for (const p of i.budget?.programmes ?? []) if (!seen.has(p.code)) seen.set(p.code, p);
  const programmes = [...seen.values()];
  if (programmes.length === 0) return { blocks: [], defaultText: '' };
  const rows = programmes.map((p) => [
    p.code,
    p.name || '-',
    rupiahId(p.pagu),
    rupiahId(p.realisasi),
    p.serapan === null ? '-' : percentId(p.serapan),
  ]);
  const list = programmes.map((p) => `${p.code} ${p.name}`.trim() + (p.serapan ? ` (serapan ${percentId(p.serapan)} %)` : ''));
  return {
    blocks: [{ kind: 'table', header: ['Kode', 'Program', 'Pagu', 'Realisasi', 'Serapan (%)'], rows }],
    defaultText: `Program yang menunjang pencapaian sasaran ini: ${list.join('; ')}.`,
  };
}
