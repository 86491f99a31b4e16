import type { z } from 'zod';
import type {
  CreateIndicatorInput,
  CreateNodeInput,
  CreatePeriodInput,
  IndicatorView,
  LinkListView,
  LinkView,
  MoveNodeInput,
  NodeView,
  OrphansView,
  PeriodListView,
  PeriodView,
  PlanDocument,
  ReplaceTargetsInput,
  TargetView,
  TreeNodeView,
  TreeView,
  UpdateIndicatorInput,
  UpdateNodeInput,
} from '../../../../src/modules/performance/performance.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type {
  CreateIndicatorInput,
  CreateNodeInput,
  IndicatorView,
  LinkView,
  NodeView,
  OrphansView,
  PeriodView,
  PlanDocument,
  TargetView,
  TreeNodeView,
};
/** The nested plan of a period. */
export type PlanTreeView = z.infer<typeof TreeView>;
/** A node kind (visi … sub_kegiatan, kondisi). */
export type NodeKind = NodeView['kind'];
/** A pohon kinerja level. */
export type PokinLevel = NonNullable<NodeView['pokinLevel']>;
/** The fields of an indicator's manual (IKU) as sent. */
export type IndicatorInput = Omit<CreateIndicatorInput, 'targets'>;

const P = '/api/performance';
const enc = encodeURIComponent;

/** Query keys of the e-SAKIP screens. */
export const esakipKeys = {
  all: ['esakip'] as const,
  periods: ['esakip', 'periods'] as const,
  tree: (periodId: string, document: PlanDocument, unitId: string) => ['esakip', 'tree', periodId, document, unitId] as const,
  orphans: (periodId: string) => ['esakip', 'orphans', periodId] as const,
  links: (periodId: string) => ['esakip', 'links', periodId] as const,
  units: ['esakip', 'units'] as const,
};

/** Every RPJMD period. */
export const fetchPeriods = () => api<z.infer<typeof PeriodListView>>(`${P}/periods`).then((r) => r.items);
/** Creates a draft period. */
export const createPeriod = (input: CreatePeriodInput) => api<PeriodView>(`${P}/periods`, { method: 'POST', body: input });
/** Activates a draft period (the active one is closed). */
export const activatePeriod = (period: PeriodView) =>
  api<PeriodView>(`${P}/periods/${enc(period.id)}/activate`, { method: 'POST', body: { version: period.version } });

/** The plan tree of one document (and OPD) of a period. */
export const fetchTree = (periodId: string, document: PlanDocument, unitId: string) =>
  api<PlanTreeView>(`${P}/periods/${enc(periodId)}/tree${queryString({ document, unitId })}`);
/** The orphans report of a period. */
export const fetchOrphans = (periodId: string) => api<OrphansView>(`${P}/periods/${enc(periodId)}/orphans`);
/** Crosscutting links of a period. */
export const fetchLinks = (periodId: string) =>
  api<z.infer<typeof LinkListView>>(`${P}/periods/${enc(periodId)}/crosscutting`).then((r) => r.items);

/** Adds a node. */
export const createNode = (periodId: string, input: CreateNodeInput) =>
  api<NodeView>(`${P}/periods/${enc(periodId)}/nodes`, { method: 'POST', body: input });
/** Changes a node's fields. */
export const updateNode = (nodeId: string, input: UpdateNodeInput) =>
  api<NodeView>(`${P}/nodes/${enc(nodeId)}`, { method: 'PUT', body: input });
/** Moves a node under another parent. */
export const moveNode = (nodeId: string, input: MoveNodeInput) =>
  api<NodeView>(`${P}/nodes/${enc(nodeId)}/move`, { method: 'POST', body: input });
/** Deletes a node without children or indicators. */
export const deleteNode = (nodeId: string) => api<void>(`${P}/nodes/${enc(nodeId)}`, { method: 'DELETE' });

/** Adds an indicator (and its targets) to a node. */
export const createIndicator = (nodeId: string, input: CreateIndicatorInput) =>
  api<IndicatorView>(`${P}/nodes/${enc(nodeId)}/indicators`, { method: 'POST', body: input });
/** Changes an indicator's manual. */
export const updateIndicator = (indicatorId: string, input: UpdateIndicatorInput) =>
  api<IndicatorView>(`${P}/indicators/${enc(indicatorId)}`, { method: 'PUT', body: input });
/** Replaces an indicator's targets. */
export const replaceTargets = (indicatorId: string, input: ReplaceTargetsInput) =>
  api<IndicatorView>(`${P}/indicators/${enc(indicatorId)}/targets`, { method: 'PUT', body: input });

/** Accepts a crosscutting proposal. */
export const acceptLink = (link: LinkView) =>
  api<LinkView>(`${P}/links/${enc(link.id)}/accept`, { method: 'POST', body: { version: link.version } });
/** Rejects a crosscutting proposal with a reason. */
export const rejectLink = (link: LinkView, reason: string) =>
  api<LinkView>(`${P}/links/${enc(link.id)}/reject`, { method: 'POST', body: { version: link.version, reason } });

/** A unit as listed by `/api/org/units` (only what the OPD picker needs). */
export interface UnitLite {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
}

/** OPD-level units: children of the pemda root, or roots that are not pemda. */
export function opdUnits(units: UnitLite[]): UnitLite[] {
  const kindOf = new Map(units.map((u) => [u.id, u.kind]));
  return units.filter((u) =>
    u.kind === 'pemda' ? false : u.parentId === null ? true : kindOf.get(u.parentId) === 'pemda' || !kindOf.has(u.parentId),
  );
}

/** The OPDs of the tenant, by name. */
export const fetchOpds = () =>
  api<{ units: UnitLite[] }>('/api/org/units').then((r) => opdUnits(r.units).sort((a, b) => a.name.localeCompare(b.name)));
