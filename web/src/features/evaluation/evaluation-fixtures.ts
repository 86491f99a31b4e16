/** Test fixtures of the evaluation pages: a small two-component evaluation with the evaluator at work. */
import type { EvaluationView, PredikatBandView, TemplateView, WhatIfView } from './evaluation.api.ts';

const band = (code: string, label: string, lo: string, hi: string): PredikatBandView => ({
  code,
  label,
  lo,
  hi,
  interpretation: `Interpretasi ${code}`,
});

/** The 88/2021 predikat table (highest first). */
export const BANDS: PredikatBandView[] = [
  band('AA', 'Sangat Memuaskan', '90', '100'),
  band('A', 'Memuaskan', '80', '90'),
  band('BB', 'Sangat Baik', '70', '80'),
  band('B', 'Baik', '60', '70'),
  band('CC', 'Cukup (Memadai)', '50', '60'),
  band('C', 'Kurang', '30', '50'),
  band('D', 'Sangat Kurang', '0', '30'),
];

const YT = [
  { code: 'Y', label: 'Ya', value: '1' },
  { code: 'T', label: 'Tidak', value: '0' },
];
const ABCDE = ['A', 'B', 'C', 'D', 'E'].map((code, i) => ({ code, label: code, value: String(1 - i * 0.25) }));
const criterion = (id: string, text: string, options: typeof YT, self: string | null, final: string | null) => ({
  ...{ id, text, options, selfAnswer: self, selfNote: null, prefilledFrom: null },
  ...{ finalAnswer: final, evaluatorNote: null, evidence: [] },
});

const sub = (id: string, weight: string, score: string, answered: number, count: number) => ({
  ...{ id, name: `Sub ${id}`, weight, criteriaCount: count, answeredCount: answered },
  ...{ exactMean: '0.5', exactScore: score, score },
});
const SCORE = {
  components: [
    {
      id: '1',
      name: 'Perencanaan Kinerja',
      weight: '30',
      exactScore: '21.04',
      score: '21.04',
      subComponents: [sub('1.a', '6', '5.14', 2, 2), sub('1.b', '24', '15.90', 1, 2)],
    },
    {
      id: '2',
      name: 'Pengukuran Kinerja',
      weight: '70',
      exactScore: '46.40',
      score: '46.40',
      subComponents: [sub('2.a', '20', '6.00', 1, 1), sub('2.b', '50', '40.40', 1, 1)],
    },
  ],
  exactTotal: '67.44',
  total: '67.44',
  unanswered: ['1.b.2'],
};
const VIOLATION = {
  criterionId: '2.b.4',
  comparedTo: ['2.a.1'],
  value: '0.5',
  limit: '0',
  message: 'Pengukuran berkala tidak dapat bernilai lebih dari keberadaan pedoman (2.a.1)',
};

/** An evaluation of DISKOMINFO 2026 with the evaluator (may assess and finalise), version 7. */
export const EVALUATING: EvaluationView = {
  ...{ id: '01900000-0000-7000-8000-0000000000e1', unitId: 'u-kom', unitName: 'Dinas Komunikasi dan Informatika' },
  ...{ year: 2026, status: 'evaluating', version: 7 },
  template: { id: null, code: 'lke-88-2021', version: '2021', name: 'LKE PermenPANRB 88/2021', builtIn: true },
  worksheet: [
    {
      ...{ id: '1', name: 'Perencanaan Kinerja', weight: '30' },
      subComponents: [
        {
          ...{ id: '1.a', name: 'Dokumen perencanaan tersedia', weight: '6' },
          criteria: [
            {
              ...criterion('1.a.4', 'Terdapat dokumen perencanaan kinerja jangka pendek', YT, 'Y', 'Y'),
              prefilledFrom: 'signedAgreement',
              evidence: [{ kind: 'agreement', id: '01900000-0000-7000-8000-0000000000a1', label: 'PK 2026 Diskominfo' }],
            },
            { ...criterion('1.a.5', 'Terdapat perencanaan aktivitas', YT, 'Y', 'T'), selfNote: 'Ada Renja 2026' },
          ],
        },
        {
          ...{ id: '1.b', name: 'Memenuhi standar', weight: '24' },
          criteria: [
            criterion('1.b.1', 'Dokumen perencanaan telah diformalkan', ABCDE, 'A', 'B'),
            criterion('1.b.2', 'Dokumen perencanaan dipublikasikan tepat waktu', ABCDE, 'B', null),
          ],
        },
      ],
    },
    {
      ...{ id: '2', name: 'Pengukuran Kinerja', weight: '70' },
      subComponents: [
        {
          ...{ id: '2.a', name: 'Pengukuran dilakukan', weight: '20' },
          criteria: [criterion('2.a.1', 'Terdapat pedoman teknis pengukuran kinerja', YT, 'Y', 'T')],
        },
        {
          ...{ id: '2.b', name: 'Berjenjang', weight: '50' },
          criteria: [criterion('2.b.4', 'Pengukuran kinerja dilakukan secara berkala', ABCDE, 'A', 'C')],
        },
      ],
    },
  ],
  self: { score: { ...SCORE, total: '72.10', exactTotal: '72.10', unanswered: [] }, predikat: BANDS[2]!, violations: [] },
  final: { score: SCORE, predikat: BANDS[3]!, violations: [VIOLATION] },
  blockers: { unanswered: ['1.b.2'], violations: [VIOLATION] },
  finalResult: null,
  ...{ submittedAt: '2026-02-01T01:00:00.000Z', createdAt: '2026-01-10T01:00:00.000Z', updatedAt: '2026-02-02T01:00:00.000Z' },
  may: { selfAssess: false, prefill: false, submit: false, assess: true, finalise: true, reopen: true },
};

/** The built-in template as listed (its content is not read by the pages). */
export const TEMPLATES: TemplateView[] = [
  {
    ...{ id: null, builtIn: true, code: 'lke-88-2021', version: '2021', name: 'LKE PermenPANRB 88/2021' },
    ...{ status: 'active', rowVersion: 1, predikat: BANDS },
    template: { code: 'lke-88-2021', version: '2021', name: 'LKE PermenPANRB 88/2021', components: [], rules: [] },
  },
];

/** A what-if on the evaluator's answers: B now, two steps to BB. */
export const WHAT_IF: WhatIfView = {
  ...{ basis: 'final', exactTotal: '67.44', total: '67.44', predikat: BANDS[3]! },
  ranked: [
    {
      ...{ criterionId: '2.a.1', componentId: '2', subComponentId: '2.a', from: 'T', to: 'Y' },
      ...{ exactGain: '2', gain: '2.00', breaksKerangkaLogis: false, exactNewTotal: '69.44', newTotal: '69.44' },
    },
    {
      ...{ criterionId: '2.b.4', componentId: '2', subComponentId: '2.b', from: 'C', to: 'B' },
      ...{ exactGain: '1.5', gain: '1.50', breaksKerangkaLogis: true, exactNewTotal: '68.94', newTotal: '68.94' },
    },
  ],
  nextPredikat: {
    ...{ target: BANDS[2]!, reached: BANDS[2]!, exactTotal: '70.94', total: '70.94' },
    steps: [
      {
        ...{ criterionId: '2.a.1', componentId: '2', subComponentId: '2.a', from: 'T', to: 'Y' },
        ...{ exactGain: '2', gain: '2.00', breaksKerangkaLogis: false },
      },
      {
        ...{ criterionId: '1.b.2', componentId: '1', subComponentId: '1.b', from: null, to: 'D' },
        ...{ exactGain: '1.5', gain: '1.50', breaksKerangkaLogis: false },
      },
    ],
  },
};
