import type { IndicatorView, TreeNodeView } from './esakip.api.ts';

/** A node of the test tree. */
export function node(
  id: string,
  kind: TreeNodeView['kind'],
  title: string,
  children: TreeNodeView[] = [],
  code: string | null = null,
): TreeNodeView {
  return {
    id,
    periodId: 'p1',
    document: 'rpjmd',
    kind,
    unitId: null,
    parentId: null,
    derivesFromNodeId: null,
    code,
    title,
    sortOrder: 0,
    year: null,
    pokinLevel: null,
    positionId: null,
    resultType: null,
    depth: 0,
    indicators: [],
    version: 1,
    children,
  };
}

/** An IKU indicator with targets for 2025 (number) and 2026 (range). */
export const INDICATOR: IndicatorView = {
  id: 'i1',
  nodeId: 's1',
  code: null,
  name: 'Indeks Pembangunan Manusia',
  operationalDefinition: null,
  formulaText: null,
  numeratorLabel: null,
  denominatorLabel: null,
  unitOfMeasure: 'indeks',
  polarity: 'maximize',
  aggregation: 'last',
  frequency: 'yearly',
  allowNegative: false,
  dataSource: null,
  responsibleUnitId: null,
  baselineYear: null,
  baselineValue: null,
  isIku: true,
  smart: { specific: true, measurable: true, achievable: false, relevant: false, time_bound: false, challenging: false },
  derivedFromIndicatorId: null,
  derivationMethod: null,
  sortOrder: 0,
  targets: [
    { year: 2025, period: null, kind: 'number', value: '71.5', min: null, max: null, text: null },
    { year: 2026, period: null, kind: 'range', value: null, min: '72', max: '74', text: null },
  ],
  version: 1,
};

/** visi → misi → (tujuan "Ekonomi" → sasaran with the indicator), (tujuan "Kesehatan"). */
export function sampleTree(): TreeNodeView[] {
  const sasaran = { ...node('s1', 'sasaran', 'Pertumbuhan ekonomi meningkat', [], '1.1.1'), indicators: [INDICATOR] };
  return [
    node('v1', 'visi', 'Sumedang sejahtera', [
      node('m1', 'misi', 'Meningkatkan kesejahteraan', [
        node('t1', 'tujuan', 'Ekonomi tumbuh', [sasaran], '1.1'),
        node('t2', 'tujuan', 'Kesehatan merata', [], '1.2'),
      ]),
    ]),
  ];
}
