import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import {
  CreateSchemeInput,
  InsertInput,
  ManualInput,
  NumberIdParams,
  NumberView,
  PreviewInput,
  ReconcileInput,
  ReconcileReport,
  RegisterQuery,
  RegisterView,
  SchemeCodeParams,
  SchemeListView,
  SchemeView,
  UpdateSchemeInput,
  VoidInput,
} from './numbering.contract.ts';
import { voidNumber } from './numbers.service.ts';
import { reconcileOutage, recordManualNumber } from './outage.service.ts';
import { listRegister } from './register.queries.ts';
import { createScheme, listSchemes, previewTemplate, updateScheme } from './schemes.service.ts';
import { insertNumber } from './sisipan.service.ts';

/** Numbering: schemes, the register, void, sisipan, outage numbers and reconciliation. */
export const numberingRoutes = defineRoutes('numbering', (r) => {
  r.route({
    method: 'GET',
    url: '/api/numbering/schemes',
    summary: 'Skema penomoran naskah (numbering schemes)',
    permission: 'correspondence.letter.read',
    response: { 200: SchemeListView },
    handler: async ({ ctx }) => ({ items: await listSchemes(ctx) }),
  });
  r.route({
    method: 'POST',
    url: '/api/numbering/schemes',
    summary: 'Tambah skema penomoran (add a scheme)',
    permission: 'numbering.manage',
    body: CreateSchemeInput,
    status: 201,
    response: { 201: SchemeView },
    handler: ({ ctx, body }) => createScheme(ctx, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/numbering/schemes/:code',
    summary: 'Ubah templat, cakupan penghitung atau kuota sisipan (edit a scheme)',
    permission: 'numbering.manage',
    params: SchemeCodeParams,
    body: UpdateSchemeInput,
    response: { 200: SchemeView },
    handler: ({ ctx, params, body }) => updateScheme(ctx, params.code, body),
  });
  r.route({
    method: 'POST',
    url: '/api/numbering/preview',
    summary: 'Pratinjau templat nomor dengan nilai contoh (preview a template)',
    permission: 'numbering.manage',
    body: PreviewInput,
    response: { 200: z.object({ formatted: z.string(), length: z.number() }) },
    handler: async ({ ctx, body }) => previewTemplate(ctx, body),
  });
  r.route({
    method: 'GET',
    url: '/api/numbering/register',
    summary: 'Register nomor satu skema dan tahun (number register, keyset by seq)',
    permission: 'correspondence.letter.read',
    querystring: RegisterQuery,
    response: { 200: RegisterView },
    handler: ({ ctx, query }) => listRegister(ctx, query),
  });
  r.route({
    method: 'POST',
    url: '/api/numbering/numbers/:numberId/void',
    summary: 'Batalkan nomor dengan alasan (void a number; it is never reused)',
    permission: 'numbering.manage',
    params: NumberIdParams,
    body: VoidInput,
    status: 204,
    handler: ({ ctx, params, body }) => voidNumber(ctx, params.numberId, body.reason),
  });
  r.route({
    method: 'POST',
    url: '/api/numbering/schemes/:code/insert',
    summary: 'Nomor sisipan setelah nomor terpakai (back-dated insertion, e.g. 15.A)',
    permission: 'numbering.manage',
    params: SchemeCodeParams,
    body: InsertInput,
    status: 201,
    response: { 201: NumberView },
    handler: ({ ctx, params, body }) => insertNumber(ctx, params.code, body),
  });
  r.route({
    method: 'POST',
    url: '/api/numbering/schemes/:code/manual',
    summary: 'Catat nomor manual saat gangguan (record a hand-written outage number)',
    permission: 'numbering.manage',
    params: SchemeCodeParams,
    body: ManualInput,
    status: 201,
    response: { 201: NumberView },
    handler: ({ ctx, params, body }) => recordManualNumber(ctx, params.code, body),
  });
  r.route({
    method: 'POST',
    url: '/api/numbering/schemes/:code/reconcile',
    summary: 'Rekonsiliasi nomor manual setelah gangguan (reconcile an outage)',
    permission: 'numbering.manage',
    params: SchemeCodeParams,
    body: ReconcileInput,
    response: { 200: ReconcileReport },
    handler: ({ ctx, params, body }) => reconcileOutage(ctx, params.code, body),
  });
});
