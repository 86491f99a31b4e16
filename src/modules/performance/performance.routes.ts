import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { createIndicator, deleteIndicator, getIndicator, replaceTargets, updateIndicator } from './indicators.service.ts';
import { acceptLink, listLinks, proposeLink, rejectLink } from './links.service.ts';
import { createNode, deleteNode, moveNode, updateNode } from './nodes.service.ts';
import * as C from './performance.contract.ts';
import { activatePeriod, createPeriod, deletePeriod, getPeriod, listPeriods, updatePeriod } from './periods.service.ts';
import { orphans, planTable, planTree } from './plan.queries.ts';

const READ = 'performance.plan.read' as const;
const MANAGE = 'performance.plan.manage' as const;
const P = '/api/performance';

/**
 * The e-SAKIP planning chain. Reads need `performance.plan.read`. Creating a period needs `performance.plan.manage`;
 * every route on an existing resource declares the read permission and its service applies performance.policy.ts
 * (manage + planning unit / own OPD) after the tenant-scoped lookup, so another tenant's id is a 404 before any 403.
 */
export const performanceRoutes = defineRoutes('performance', (r) => {
  periodRoutes(r);
  readRoutes(r);
  nodeRoutes(r);
  indicatorRoutes(r);
  linkRoutes(r);
});

/** RPJMD periods. */
function periodRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: `${P}/periods`,
    summary: 'Daftar periode RPJMD',
    permission: READ,
    response: { 200: C.PeriodListView },
    handler: ({ ctx }) => listPeriods(ctx),
  });
  r.route({
    method: 'POST',
    url: `${P}/periods`,
    summary: 'Buat periode RPJMD (Bappeda)',
    permission: MANAGE,
    body: C.CreatePeriodInput,
    status: 201,
    response: { 201: C.PeriodView },
    handler: ({ ctx, body }) => createPeriod(ctx, body),
  });
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId`,
    summary: 'Satu periode',
    permission: READ,
    params: C.PeriodIdParams,
    response: { 200: C.PeriodView },
    handler: ({ ctx, params }) => getPeriod(ctx, params.periodId),
  });
  r.route({
    method: 'PUT',
    url: `${P}/periods/:periodId`,
    summary: 'Ubah periode (Bappeda)',
    permission: READ,
    params: C.PeriodIdParams,
    body: C.UpdatePeriodInput,
    response: { 200: C.PeriodView },
    handler: ({ ctx, params, body }) => updatePeriod(ctx, params.periodId, body),
  });
  r.route({
    method: 'POST',
    url: `${P}/periods/:periodId/activate`,
    summary: 'Aktifkan periode (yang lama ditutup)',
    permission: READ,
    params: C.PeriodIdParams,
    body: C.VersionInput,
    response: { 200: C.PeriodView },
    handler: ({ ctx, params, body }) => activatePeriod(ctx, params.periodId, body.version),
  });
  r.route({
    method: 'DELETE',
    url: `${P}/periods/:periodId`,
    summary: 'Hapus periode draf yang kosong',
    permission: READ,
    params: C.PeriodIdParams,
    status: 204,
    handler: ({ ctx, params }) => deletePeriod(ctx, params.periodId),
  });
}

/** Tree, table and orphans reads. */
function readRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId/tree`,
    summary: 'Pohon rencana bersarang dengan indikator dan target',
    permission: READ,
    params: C.PeriodIdParams,
    querystring: C.TreeQuery,
    response: { 200: C.TreeView },
    handler: ({ ctx, params, query }) => planTree(ctx, params.periodId, query),
  });
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId/nodes`,
    summary: 'Tabel simpul rencana (datar, urut pohon)',
    permission: READ,
    params: C.PeriodIdParams,
    querystring: C.TreeQuery,
    response: { 200: C.NodeTableView },
    handler: ({ ctx, params, query }) => planTable(ctx, params.periodId, query),
  });
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId/orphans`,
    summary: 'Laporan simpul yatim, menggantung dan indikator tanpa target',
    permission: READ,
    params: C.PeriodIdParams,
    querystring: C.OrphansQuery,
    response: { 200: C.OrphansView },
    handler: ({ ctx, params, query }) => orphans(ctx, params.periodId, query),
  });
}

/** Node writes. */
function nodeRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${P}/periods/:periodId/nodes`,
    summary: 'Tambah simpul (RPJMD: Bappeda; Renstra/Renja/pokin: perencana OPD)',
    permission: READ,
    params: C.PeriodIdParams,
    body: C.CreateNodeInput,
    status: 201,
    response: { 201: C.NodeView },
    handler: ({ ctx, params, body }) => createNode(ctx, params.periodId, body),
  });
  r.route({
    method: 'PUT',
    url: `${P}/nodes/:nodeId`,
    summary: 'Ubah simpul',
    permission: READ,
    params: C.NodeIdParams,
    body: C.UpdateNodeInput,
    response: { 200: C.NodeView },
    handler: ({ ctx, params, body }) => updateNode(ctx, params.nodeId, body),
  });
  r.route({
    method: 'POST',
    url: `${P}/nodes/:nodeId/move`,
    summary: 'Pindahkan simpul (tanpa lingkaran)',
    permission: READ,
    params: C.NodeIdParams,
    body: C.MoveNodeInput,
    response: { 200: C.NodeView },
    handler: ({ ctx, params, body }) => moveNode(ctx, params.nodeId, body),
  });
  r.route({
    method: 'DELETE',
    url: `${P}/nodes/:nodeId`,
    summary: 'Hapus simpul tanpa turunan dan indikator',
    permission: READ,
    params: C.NodeIdParams,
    status: 204,
    handler: ({ ctx, params }) => deleteNode(ctx, params.nodeId),
  });
}

/** Indicators and targets. */
function indicatorRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${P}/nodes/:nodeId/indicators`,
    summary: 'Tambah indikator (manual IKU) dengan target',
    permission: READ,
    params: C.NodeIdParams,
    body: C.CreateIndicatorInput,
    status: 201,
    response: { 201: C.IndicatorView },
    handler: ({ ctx, params, body }) => createIndicator(ctx, params.nodeId, body),
  });
  r.route({
    method: 'GET',
    url: `${P}/indicators/:indicatorId`,
    summary: 'Satu indikator dengan target',
    permission: READ,
    params: C.IndicatorIdParams,
    response: { 200: C.IndicatorView },
    handler: ({ ctx, params }) => getIndicator(ctx, params.indicatorId),
  });
  r.route({
    method: 'PUT',
    url: `${P}/indicators/:indicatorId`,
    summary: 'Ubah manual indikator',
    permission: READ,
    params: C.IndicatorIdParams,
    body: C.UpdateIndicatorInput,
    response: { 200: C.IndicatorView },
    handler: ({ ctx, params, body }) => updateIndicator(ctx, params.indicatorId, body),
  });
  r.route({
    method: 'PUT',
    url: `${P}/indicators/:indicatorId/targets`,
    summary: 'Ganti seluruh target indikator',
    permission: READ,
    params: C.IndicatorIdParams,
    body: C.ReplaceTargetsInput,
    response: { 200: C.IndicatorView },
    handler: ({ ctx, params, body }) => replaceTargets(ctx, params.indicatorId, body),
  });
  r.route({
    method: 'DELETE',
    url: `${P}/indicators/:indicatorId`,
    summary: 'Hapus indikator',
    permission: READ,
    params: C.IndicatorIdParams,
    status: 204,
    handler: ({ ctx, params }) => deleteIndicator(ctx, params.indicatorId),
  });
}

/** Crosscutting links. */
function linkRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${P}/nodes/:nodeId/crosscutting`,
    summary: 'Usulkan crosscutting ke simpul OPD lain',
    permission: READ,
    params: C.NodeIdParams,
    body: C.ProposeLinkInput,
    status: 201,
    response: { 201: C.LinkView },
    handler: ({ ctx, params, body }) => proposeLink(ctx, params.nodeId, body),
  });
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId/crosscutting`,
    summary: 'Daftar crosscutting periode',
    permission: READ,
    params: C.PeriodIdParams,
    querystring: C.LinkQuery,
    response: { 200: C.LinkListView },
    handler: ({ ctx, params, query }) => listLinks(ctx, params.periodId, query),
  });
  r.route({
    method: 'POST',
    url: `${P}/links/:linkId/accept`,
    summary: 'Terima crosscutting (perencana OPD tujuan)',
    permission: READ,
    params: C.LinkIdParams,
    body: C.VersionInput,
    response: { 200: C.LinkView },
    handler: ({ ctx, params, body }) => acceptLink(ctx, params.linkId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${P}/links/:linkId/reject`,
    summary: 'Tolak crosscutting dengan alasan',
    permission: READ,
    params: C.LinkIdParams,
    body: C.RejectLinkInput,
    response: { 200: C.LinkView },
    handler: ({ ctx, params, body }) => rejectLink(ctx, params.linkId, body.version, body.reason),
  });
}
