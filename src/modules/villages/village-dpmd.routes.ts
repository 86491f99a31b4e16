/** DPMD routes of Sakip Desa accountability: mandated results, base numbers, target overrides and recompute. */

import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import * as C from './village-accountability.contract.ts';
import { listBases } from './village-indicators.service.ts';
import {
  addDefaultMandatoryResults,
  createMandatoryResult,
  deleteMandatoryResult,
  listMandatoryResults,
  updateMandatoryResult,
} from './village-mandatory.service.ts';
import { overrideTarget, recomputeTargets, saveBases } from './village-targets.service.ts';

// SECURITY: parameterised routes declare 'authenticated' so another tenant's id answers 404 (lookup through tenantDb
// first); every write then requires DPMD (villages.idm.manage in the village-affairs unit, or an admin holding it).
/** The DPMD routes of village accountability. */
export const villagesDpmdRoutes = defineRoutes('villages-accountability', (r) => {
  r.route({
    method: 'GET',
    url: '/api/villages/mandatory-results',
    summary: 'Hasil wajib desa satu tahun (ditetapkan DPMD)',
    permission: 'authenticated',
    querystring: C.YearQuery,
    response: { 200: C.MandatoryResultListView },
    handler: ({ ctx, query }) => listMandatoryResults(ctx, query.year),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/mandatory-results',
    summary: 'Tambah hasil wajib desa (DPMD); target desa diturunkan ulang',
    permission: 'villages.idm.manage',
    body: C.MandatoryResultInput,
    status: 201,
    response: { 201: C.MandatoryResultView },
    handler: ({ ctx, body }) => createMandatoryResult(ctx, body),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/mandatory-results/defaults',
    summary: 'Tambah tiga hasil wajib bawaan Sumedang (kemiskinan, stunting, IKM) untuk satu tahun',
    permission: 'villages.idm.manage',
    body: C.DefaultsInput,
    response: { 200: C.MandatoryResultListView },
    handler: ({ ctx, body }) => addDefaultMandatoryResults(ctx, body.year),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/mandatory-results/:id',
    summary: 'Ubah hasil wajib desa (DPMD); target desa diturunkan ulang',
    permission: 'authenticated',
    params: C.MandatoryResultParams,
    body: C.UpdateMandatoryResultInput,
    response: { 200: C.MandatoryResultView },
    handler: ({ ctx, params, body }) => updateMandatoryResult(ctx, params.id, body),
  });
  r.route({
    method: 'DELETE',
    url: '/api/villages/mandatory-results/:id',
    summary: 'Hapus hasil wajib yang belum dilaporkan desa mana pun',
    permission: 'authenticated',
    params: C.MandatoryResultParams,
    querystring: C.VersionQuery,
    handler: ({ ctx, params, query }) => deleteMandatoryResult(ctx, params.id, query.version),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/bases',
    summary: 'Data dasar desa (mis. jumlah KK DTKS) satu tahun',
    permission: 'villages.idm.manage',
    querystring: C.BasesQuery,
    response: { 200: C.BasesView },
    handler: ({ ctx, query }) => listBases(ctx, query.year, query.kecamatanId),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/bases/:regionId/:year',
    summary: 'Simpan data dasar satu desa satu tahun; target desa diturunkan ulang',
    permission: 'authenticated',
    params: C.DesaYearParams,
    body: C.SaveBasesInput,
    response: { 200: z.record(z.string(), z.string()) },
    handler: ({ ctx, params, body }) => saveBases(ctx, params.regionId, params.year, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/targets/:regionId/:year/:mandatoryResultId',
    summary: 'DPMD menetapkan target desa sendiri (dengan alasan) atau kembali ke target turunan (value null)',
    permission: 'authenticated',
    params: C.TargetParams,
    body: C.OverrideTargetInput,
    response: { 200: C.VillageTargetView },
    handler: ({ ctx, params, body }) => overrideTarget(ctx, params, body),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/targets/recompute',
    summary: 'Turunkan ulang target semua desa satu tahun (target yang ditetapkan DPMD tetap)',
    permission: 'villages.idm.manage',
    body: C.RecomputeInput,
    response: { 200: C.RecomputeView },
    handler: ({ ctx, body }) => recomputeTargets(ctx, body.year),
  });
});
