/**
 * Request and response shapes of the e-SAKIP planning chain (periods, plan/pokin tree, indicators with their IKU
 * manual and targets, crosscutting links, the orphans report). The web app imports it. Decimals travel as strings
 * (`'12.5'`), checked with the capaian engine's parser; years are integers.
 */
import { z } from 'zod';
import { IndicatorView } from './indicators.contract.ts';

export * from './indicators.contract.ts';

const year = z.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

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
