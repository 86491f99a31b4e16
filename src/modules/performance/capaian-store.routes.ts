/** Routes of the measurement settings, the recompute of stored capaian and an indicator's stored capaian. */
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { listIndicatorCapaian } from './capaian-store.queries.ts';
import {
  CapaianIndicatorParams,
  CapaianYearQuery,
  MeasurementSettingsInput,
  MeasurementSettingsView,
  RecomputeInput,
  RecomputeYearView,
  SaveMeasurementSettingsView,
  StoredCapaianListView,
} from './measurement-settings.contract.ts';
import { getMeasurementSettings, recomputeYearOnRequest, saveMeasurementSettings } from './measurement-settings.service.ts';

const P = '/api/performance';

/**
 * Settings are read by anyone who reads plans; saving them and recomputing need `performance.plan.manage` and the
 * service applies mayManageRegencyPlan (the planning unit's coordinator).
 */
export const capaianStoreRoutes = defineRoutes('performance-capaian', (r) => {
  r.route({
    method: 'GET',
    url: `${P}/settings`,
    summary: 'Pengaturan pengukuran kinerja: rumus polaritas negatif, batas, pembulatan, kategori, kunci periode',
    permission: 'performance.plan.read',
    response: { 200: MeasurementSettingsView },
    handler: ({ ctx }) => getMeasurementSettings(ctx),
  });
  r.route({
    method: 'PUT',
    url: `${P}/settings`,
    summary: 'Ubah pengaturan pengukuran (koordinator perencanaan); menghitung ulang capaian tahun ini dan tahun lalu',
    permission: 'performance.plan.manage',
    body: MeasurementSettingsInput,
    response: { 200: SaveMeasurementSettingsView },
    handler: ({ ctx, body }) => saveMeasurementSettings(ctx, body),
  });
  r.route({
    method: 'POST',
    url: `${P}/capaian/recompute`,
    summary: 'Hitung ulang semua capaian satu tahun (koordinator perencanaan)',
    permission: 'performance.plan.manage',
    body: RecomputeInput,
    response: { 200: RecomputeYearView },
    handler: ({ ctx, body }) => recomputeYearOnRequest(ctx, body.year),
  });
  r.route({
    method: 'GET',
    url: `${P}/indicators/:indicatorId/capaian`,
    summary: 'Capaian tersimpan satu indikator per periode dan tahun, dengan versi mesin dan hash pengaturan',
    permission: 'performance.plan.read',
    params: CapaianIndicatorParams,
    querystring: CapaianYearQuery,
    response: { 200: StoredCapaianListView },
    handler: ({ ctx, params, query }) => listIndicatorCapaian(ctx, params.indicatorId, query.year),
  });
});
