/** Routes of Perjanjian Kinerja and rencana aksi under `/api/performance/agreements`. */
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { createActionPlan, deleteActionPlan, updateActionPlan } from './action-plans.service.ts';
import { budgetsFromDpa } from './agreement-budget-dpa.ts';
import { addBudget, addItem, deleteBudget, deleteItem, takeItemsFromTree, updateItem } from './agreement-items.service.ts';
import { agreementPdf, signAgreement } from './agreement-signing.service.ts';
import * as C from './agreements.contract.ts';
import { getAgreement, listAgreements } from './agreements.queries.ts';
import { createAgreement, deleteAgreement, generateAgreement, reviseAgreement } from './agreements.service.ts';

const READ = 'performance.plan.read' as const;
const P = '/api/performance/agreements';
const ONE = `${P}/:agreementId`;

/**
 * Perjanjian Kinerja. Reads need `performance.plan.read`; every change is checked by agreements.policy.ts in the
 * service after the tenant-scoped lookup (so another tenant's id answers 404 before any 403). Creating needs
 * `performance.plan.manage`; signing needs `documents.sign` and the documents module's turn.
 */
export const agreementRoutes = defineRoutes('performance', (r) => {
  agreementCore(r);
  itemRoutes(r);
  budgetRoutes(r);
  lifecycleRoutes(r);
  actionPlanRoutes(r);
});

function agreementCore(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: P,
    summary: 'Daftar perjanjian kinerja per tahun/perangkat daerah',
    permission: READ,
    querystring: C.AgreementListQuery,
    response: { 200: C.AgreementListView },
    handler: ({ ctx, query }) => listAgreements(ctx, query),
  });
  r.route({
    method: 'POST',
    url: P,
    summary: 'Buat draf perjanjian kinerja',
    permission: 'performance.plan.manage',
    body: C.CreateAgreementInput,
    status: 201,
    response: { 201: C.AgreementView },
    handler: ({ ctx, body }) => createAgreement(ctx, body),
  });
  r.route({
    method: 'GET',
    url: ONE,
    summary: 'Satu perjanjian kinerja dengan indikator, anggaran dan rencana aksi',
    permission: READ,
    params: C.AgreementIdParams,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params }) => getAgreement(ctx, params.agreementId),
  });
  r.route({
    method: 'DELETE',
    url: ONE,
    summary: 'Hapus draf perjanjian kinerja',
    permission: READ,
    params: C.AgreementIdParams,
    status: 204,
    handler: ({ ctx, params }) => deleteAgreement(ctx, params.agreementId),
  });
}

function itemRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/items/from-tree`,
    summary: 'Ambil indikator sasaran perangkat daerah dari pohon rencana',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.AgreementVersionInput,
    response: { 200: C.TakeItemsView },
    handler: ({ ctx, params, body }) => takeItemsFromTree(ctx, params.agreementId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/items`,
    summary: 'Tambah satu indikator perangkat daerah ke perjanjian kinerja',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.AddItemInput,
    status: 201,
    response: { 201: C.AgreementView },
    handler: ({ ctx, params, body }) => addItem(ctx, params.agreementId, body),
  });
  r.route({
    method: 'PUT',
    url: `${ONE}/items/:itemId`,
    summary: 'Ubah target indikator perjanjian kinerja',
    permission: READ,
    params: C.AgreementItemParams,
    body: C.UpdateItemInput,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params, body }) => updateItem(ctx, params.agreementId, params.itemId, body),
  });
  r.route({
    method: 'DELETE',
    url: `${ONE}/items/:itemId`,
    summary: 'Hapus indikator dari draf perjanjian kinerja',
    permission: READ,
    params: C.AgreementItemParams,
    querystring: C.AgreementVersionQuery,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params, query }) => deleteItem(ctx, params.agreementId, params.itemId, query.version),
  });
}

function budgetRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/budgets`,
    summary: 'Tambah program/kegiatan dengan pagu',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.BudgetRowInput,
    status: 201,
    response: { 201: C.AgreementView },
    handler: ({ ctx, params, body }) => addBudget(ctx, params.agreementId, body),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/budgets/from-dpa`,
    summary: 'Ambil pagu sub kegiatan dari DPA perangkat daerah',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.AgreementVersionInput,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params, body }) => budgetsFromDpa(ctx, params.agreementId, body.version),
  });
  r.route({
    method: 'DELETE',
    url: `${ONE}/budgets/:budgetId`,
    summary: 'Hapus baris anggaran dari draf perjanjian kinerja',
    permission: READ,
    params: C.AgreementBudgetParams,
    querystring: C.AgreementVersionQuery,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params, query }) => deleteBudget(ctx, params.agreementId, params.budgetId, query.version),
  });
}

function lifecycleRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/generate`,
    summary: 'Buat dokumen perjanjian kinerja (format PermenPANRB 53/2014) untuk ditandatangani',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.GenerateAgreementInput,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params, body }) => generateAgreement(ctx, params.agreementId, body),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/sign`,
    summary: 'Tandatangani perjanjian kinerja secara elektronik (pihak kedua, lalu pihak pertama)',
    permission: 'documents.sign',
    params: C.AgreementIdParams,
    body: C.SignAgreementInput,
    response: { 200: C.AgreementView },
    handler: ({ ctx, params, body }) => signAgreement(ctx, params.agreementId, body),
  });
  r.route({
    method: 'GET',
    url: `${ONE}/pdf`,
    summary: 'Unduh PDF perjanjian kinerja (dengan tanda tangan yang sudah ada)',
    permission: READ,
    params: C.AgreementIdParams,
    handler: async ({ ctx, params, reply }) => {
      const { pdf, fileName } = await agreementPdf(ctx, params.agreementId);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
    },
  });
  r.route({
    method: 'POST',
    url: `${ONE}/revise`,
    summary: 'Buat PK perubahan dari perjanjian kinerja yang sudah ditandatangani',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.ReviseAgreementInput,
    status: 201,
    response: { 201: C.AgreementView },
    handler: ({ ctx, params, body }) => reviseAgreement(ctx, params.agreementId, body),
  });
}

function actionPlanRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/action-plans`,
    summary: 'Tambah rencana aksi indikator per triwulan/bulan',
    permission: READ,
    params: C.AgreementIdParams,
    body: C.ActionPlanInput,
    status: 201,
    response: { 201: C.ActionPlanView },
    handler: ({ ctx, params, body }) => createActionPlan(ctx, params.agreementId, body),
  });
  r.route({
    method: 'PUT',
    url: `${ONE}/action-plans/:planId`,
    summary: 'Ubah rencana aksi',
    permission: READ,
    params: C.ActionPlanParams,
    body: C.UpdateActionPlanInput,
    response: { 200: C.ActionPlanView },
    handler: ({ ctx, params, body }) => updateActionPlan(ctx, params.agreementId, params.planId, body),
  });
  r.route({
    method: 'DELETE',
    url: `${ONE}/action-plans/:planId`,
    summary: 'Hapus rencana aksi',
    permission: READ,
    params: C.ActionPlanParams,
    status: 204,
    handler: ({ ctx, params }) => deleteActionPlan(ctx, params.agreementId, params.planId),
  });
}
