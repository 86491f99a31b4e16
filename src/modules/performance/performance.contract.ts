/**
 * Request and response shapes of the e-SAKIP planning chain (periods, plan/pokin tree, indicators with their IKU
 * manual and targets, crosscutting links, the orphans report). The web app imports it. Decimals travel as strings
 * (`'12.5'`), checked with the capaian engine's parser; years are integers.
 */
import { z } from 'zod';
import { parseDecimal } from './capaian/decimal.ts';

const year = z.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** A plain decimal string (`'12'`, `'-0.5'`); numbers, exponents and commas are refused. */
export const DecimalText = z.string().refine((s) => parseDecimal(s) !== null, { message: 'performance.notDecimal' });

/** Lifecycle of an RPJMD period. */
export const PeriodStatus = z.enum(['draft', 'active', 'closed']);
/** Which planning document a node belongs to; `pokin` is the pohon kinerja. */
export const PlanDocument = z.enum(['rpjmd', 'renstra', 'renja', 'pokin']);
export type PlanDocument = z.infer<typeof PlanDocument>;
/** Kind of a node; `kondisi` is a pohon-kinerja condition/result. */
export const NodeKind = z.enum([
  'visi',
  'misi',
  'tujuan',
  'sasaran',
  'strategi',
  'arah_kebijakan',
  'program',
  'kegiatan',
  'sub_kegiatan',
  'kondisi',
]);
export type NodeKind = z.infer<typeof NodeKind>;
/** Pohon kinerja levels, from the regency down to staff. */
export const PokinLevel = z.enum(['pemda', 'opd', 'eselon_iii', 'eselon_iv', 'staf']);
export type PokinLevel = z.infer<typeof PokinLevel>;
/** What a pokin node states: impact, outcome, intermediate outcome or output. */
export const ResultType = z.enum(['dampak', 'outcome', 'intermediate', 'output']);
/** Direction of "better" (the capaian engine's Polarity). */
export const PolarityInput = z.enum(['maximize', 'minimize', 'stabilize', 'range']);
/** How period values aggregate (the capaian engine's Aggregation). */
export const AggregationInput = z.enum(['cumulative', 'last', 'average', 'manual']);
/** How often the indicator is measured. */
export const Frequency = z.enum(['monthly', 'quarterly', 'semester', 'yearly']);
export type Frequency = z.infer<typeof Frequency>;
/** Status of a crosscutting link. */
export const LinkStatus = z.enum(['proposed', 'accepted', 'rejected']);

/** `POST /api/performance/periods`: a new RPJMD period (draft); endYear defaults to startYear + 4. */
export const CreatePeriodInput = z
  .object({ startYear: year, endYear: year.optional(), title: text(300), legalBasis: optionalText(500) })
  .refine((p) => p.endYear === undefined || (p.endYear >= p.startYear && p.endYear - p.startYear <= 4), {
    message: 'performance.periodYears',
    path: ['endYear'],
  });
export type CreatePeriodInput = z.infer<typeof CreatePeriodInput>;
/** `PUT /api/performance/periods/:periodId`: title and legal basis (years only while draft). */
export const UpdatePeriodInput = z.object({
  title: text(300),
  legalBasis: optionalText(500),
  startYear: year.optional(),
  endYear: year.optional(),
  version: z.number().int().min(1),
});
export type UpdatePeriodInput = z.infer<typeof UpdatePeriodInput>;
/** Compare-and-set body: the version the user saw. */
export const VersionInput = z.object({ version: z.number().int().min(1) });

/** A period as shown. */
export const PeriodView = z.object({
  id: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  title: z.string(),
  legalBasis: z.string().nullable(),
  status: PeriodStatus,
  version: z.number(),
});
export type PeriodView = z.infer<typeof PeriodView>;
/** `GET /api/performance/periods`. */
export const PeriodListView = z.object({ items: z.array(PeriodView) });

/** Fields of a node a planner edits. */
const nodeFields = {
  code: optionalText(60),
  title: text(1000),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  derivesFromNodeId: z.uuid().nullable().optional(),
  positionId: z.uuid().nullable().optional(),
  resultType: ResultType.nullable().optional(),
};
/** `POST /api/performance/periods/:periodId/nodes`: a node of a document; unitId is the OPD (null = regency). */
export const CreateNodeInput = z.object({
  document: PlanDocument,
  kind: NodeKind,
  parentId: z.uuid().nullable().optional(),
  unitId: z.uuid().nullable().optional(),
  year: year.nullable().optional(),
  pokinLevel: PokinLevel.nullable().optional(),
  ...nodeFields,
});
export type CreateNodeInput = z.infer<typeof CreateNodeInput>;
/** `PUT /api/performance/nodes/:nodeId`: editable fields (document, kind, unit and parent stay). */
export const UpdateNodeInput = z.object({ ...nodeFields, version: z.number().int().min(1) });
export type UpdateNodeInput = z.infer<typeof UpdateNodeInput>;
/** `POST /api/performance/nodes/:nodeId/move`: a new parent (null = root) and position among siblings. */
export const MoveNodeInput = z.object({
  parentId: z.uuid().nullable(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  version: z.number().int().min(1),
});
export type MoveNodeInput = z.infer<typeof MoveNodeInput>;

/** One target: a yearly (period null) or quarterly/monthly value, a range, or text. */
export const TargetInput = z
  .object({
    year,
    period: z
      .string()
      .regex(/^(Q[1-4]|S[12]|M(0[1-9]|1[0-2]))$/, { message: 'performance.badPeriod' })
      .nullable()
      .optional(),
    kind: z.enum(['number', 'range', 'text']),
    value: DecimalText.nullable().optional(),
    min: DecimalText.nullable().optional(),
    max: DecimalText.nullable().optional(),
    text: optionalText(500),
  })
  .superRefine((t, ctx) => {
    const need = (field: 'value' | 'min' | 'max' | 'text') => {
      if (t[field] === null || t[field] === undefined || t[field] === '')
        ctx.addIssue({ code: 'custom', path: [field], message: 'performance.targetFieldRequired' });
    };
    if (t.kind === 'number') need('value');
    if (t.kind === 'text') need('text');
    if (t.kind !== 'range') return;
    need('min');
    need('max');
    const lo = parseDecimal(t.min);
    const hi = parseDecimal(t.max);
    if (lo && hi && lo.greaterThan(hi)) ctx.addIssue({ code: 'custom', path: ['min'], message: 'performance.rangeInverted' });
  });
export type TargetInput = z.infer<typeof TargetInput>;
/** `PUT /api/performance/indicators/:indicatorId/targets`: the whole target set (replaces the old one). */
export const ReplaceTargetsInput = z.object({ targets: z.array(TargetInput).max(200), version: z.number().int().min(1) });
export type ReplaceTargetsInput = z.infer<typeof ReplaceTargetsInput>;

/** SMART checklist of an indicator (KKE SMART). */
export const SmartCheck = z.object({
  specific: z.boolean(),
  measurable: z.boolean(),
  achievable: z.boolean(),
  relevant: z.boolean(),
  time_bound: z.boolean(),
  challenging: z.boolean(),
});
export type SmartCheck = z.infer<typeof SmartCheck>;

/** The indicator and its manual (IKU). */
export const IndicatorFields = z.object({
  code: optionalText(60),
  name: text(1000),
  operationalDefinition: optionalText(4000),
  formulaText: optionalText(2000),
  numeratorLabel: optionalText(300),
  denominatorLabel: optionalText(300),
  unitOfMeasure: text(60),
  polarity: PolarityInput,
  aggregation: AggregationInput,
  frequency: Frequency,
  /** True when values may be negative (e.g. a growth rate). */
  allowNegative: z.boolean().default(false),
  dataSource: optionalText(1000),
  responsibleUnitId: z.uuid().nullable().optional(),
  baselineYear: year.nullable().optional(),
  baselineValue: DecimalText.nullable().optional(),
  isIku: z.boolean().default(false),
  smart: SmartCheck.optional(),
  derivedFromIndicatorId: z.uuid().nullable().optional(),
  derivationMethod: optionalText(2000),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
/** `POST /api/performance/nodes/:nodeId/indicators`: an indicator with (optionally) its targets. */
export const CreateIndicatorInput = IndicatorFields.extend({ targets: z.array(TargetInput).max(200).default([]) });
export type CreateIndicatorInput = z.infer<typeof CreateIndicatorInput>;
/** `PUT /api/performance/indicators/:indicatorId`: the manual fields (targets are replaced separately). */
export const UpdateIndicatorInput = IndicatorFields.extend({ version: z.number().int().min(1) });
export type UpdateIndicatorInput = z.infer<typeof UpdateIndicatorInput>;
export type IndicatorFields = z.infer<typeof IndicatorFields>;

/** A stored target. */
export const TargetView = z.object({
  year: z.number(),
  period: z.string().nullable(),
  kind: z.enum(['number', 'range', 'text']),
  value: z.string().nullable(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  text: z.string().nullable(),
});
export type TargetView = z.infer<typeof TargetView>;
/** An indicator with its manual and targets. */
export const IndicatorView = IndicatorFields.omit({ smart: true }).extend({
  id: z.string(),
  nodeId: z.string(),
  smart: SmartCheck,
  code: z.string().nullable(),
  targets: z.array(TargetView),
  version: z.number(),
});
export type IndicatorView = z.infer<typeof IndicatorView>;

/** A node as the table shows it (flat). */
export const NodeView = z.object({
  id: z.string(),
  periodId: z.string(),
  document: PlanDocument,
  kind: NodeKind,
  unitId: z.string().nullable(),
  parentId: z.string().nullable(),
  derivesFromNodeId: z.string().nullable(),
  code: z.string().nullable(),
  title: z.string(),
  sortOrder: z.number(),
  year: z.number().nullable(),
  pokinLevel: PokinLevel.nullable(),
  positionId: z.string().nullable(),
  resultType: ResultType.nullable(),
  /** Depth in its tree (0 = root). */
  depth: z.number(),
  indicators: z.array(IndicatorView),
  version: z.number(),
});
export type NodeView = z.infer<typeof NodeView>;
/** A node of the tree with its children (sorted by sortOrder, then code). */
export type TreeNodeView = NodeView & { children: TreeNodeView[] };
export const TreeNodeView: z.ZodType<TreeNodeView> = NodeView.extend({
  get children() {
    return z.array(TreeNodeView);
  },
});
/** `GET /api/performance/periods/:periodId/tree`: root nodes (nodes whose parent is not in the selection). */
export const TreeView = z.object({ period: PeriodView, roots: z.array(TreeNodeView) });
/** `GET /api/performance/periods/:periodId/nodes`: every selected node, depth-first. */
export const NodeTableView = z.object({ period: PeriodView, items: z.array(NodeView) });
/** Filters of the tree and table reads. */
export const TreeQuery = z.object({ unitId: z.uuid().optional(), document: PlanDocument.optional() });
export type TreeQuery = z.infer<typeof TreeQuery>;

/** `POST /api/performance/nodes/:nodeId/crosscutting`: propose a link from my OPD's node to another OPD's node. */
export const ProposeLinkInput = z.object({ toNodeId: z.uuid(), note: optionalText(1000) });
/** `POST /api/performance/links/:linkId/reject`: a reason is required. */
export const RejectLinkInput = z.object({ version: z.number().int().min(1), reason: z.string().trim().max(1000).default('') });
/** A crosscutting link. */
export const LinkView = z.object({
  id: z.string(),
  fromNodeId: z.string(),
  toNodeId: z.string(),
  fromUnitId: z.string().nullable(),
  toUnitId: z.string().nullable(),
  kind: z.literal('crosscutting'),
  status: LinkStatus,
  note: z.string().nullable(),
  reason: z.string().nullable(),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  version: z.number(),
});
export type LinkView = z.infer<typeof LinkView>;
/** `GET /api/performance/periods/:periodId/crosscutting` filters and answer. */
export const LinkQuery = z.object({ unitId: z.uuid().optional(), status: LinkStatus.optional() });
export const LinkListView = z.object({ items: z.array(LinkView) });

/** A node in the orphans report. */
const OrphanNode = z.object({
  id: z.string(),
  document: PlanDocument,
  kind: NodeKind,
  unitId: z.string().nullable(),
  code: z.string().nullable(),
  title: z.string(),
});
/** `GET /api/performance/periods/:periodId/orphans`: what the plan is missing. */
export const OrphansView = z.object({
  /** Renstra sasaran that name no RPJMD sasaran they serve. */
  unlinkedRenstraSasaran: z.array(OrphanNode),
  /** Nodes of a level that expects children but has none (e.g. a misi without tujuan). */
  dangling: z.array(OrphanNode.extend({ expectedChildKind: NodeKind })),
  /** Indicators without a target for one or more years of the period. */
  indicatorsWithoutTargets: z.array(
    z.object({ indicatorId: z.string(), nodeId: z.string(), name: z.string(), missingYears: z.array(z.number()) }),
  ),
});
export type OrphansView = z.infer<typeof OrphansView>;
/** Filters of the orphans report: one OPD, one year (default every year of the period). */
export const OrphansQuery = z.object({
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** `:periodId` route parameter. */
export const PeriodIdParams = z.object({ periodId: z.uuid() });
/** `:nodeId` route parameter. */
export const NodeIdParams = z.object({ nodeId: z.uuid() });
/** `:indicatorId` route parameter. */
export const IndicatorIdParams = z.object({ indicatorId: z.uuid() });
/** `:linkId` route parameter. */
export const LinkIdParams = z.object({ linkId: z.uuid() });
