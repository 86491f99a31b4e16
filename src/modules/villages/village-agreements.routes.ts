/** Routes of the PK Kepala Desa: generate per desa and year, list, read, sign in turn, download the PDF, revise. */
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { signVillageAgreement, villageAgreementPdf } from './village-agreement-signing.service.ts';
import * as C from './village-agreements.contract.ts';
import { getVillageAgreement, listVillageAgreements } from './village-agreements.queries.ts';
import { generateVillageAgreement, reviseVillageAgreement } from './village-agreements.service.ts';

const ONE = '/api/villages/agreements/:id';

// SECURITY: routes declare 'authenticated' (operator desa, kepala desa, camat and regency readers hold different
// permissions; signing declares documents.sign, which every signer role holds); each service looks the desa or the PK up
// through tenantDb first (another tenant's id → 404) and then decides with village-agreements.policy.ts (403 / 409).
/** The PK Kepala Desa routes. */
export const villageAgreementRoutes = defineRoutes('villages-agreements', (r) => {
  r.route({
    method: 'POST',
    url: '/api/villages/desa/:regionId/agreements',
    summary: 'Buat perjanjian kinerja kepala desa satu tahun (hasil wajib + indikator desa), siap ditandatangani',
    permission: 'authenticated',
    params: C.AgreementDesaParams,
    body: C.GenerateVillageAgreementInput,
    status: 201,
    response: { 201: C.VillageAgreementView },
    handler: ({ ctx, params, body }) => generateVillageAgreement(ctx, params.regionId, body),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/agreements',
    summary: 'Perjanjian kinerja desa satu tahun yang boleh dibaca (awaitingMe=true: menunggu tanda tangan saya)',
    permission: 'authenticated',
    querystring: C.VillageAgreementListQuery,
    response: { 200: C.VillageAgreementList },
    handler: ({ ctx, query }) => listVillageAgreements(ctx, query),
  });
  r.route({
    method: 'GET',
    url: ONE,
    summary: 'Satu perjanjian kinerja kepala desa',
    permission: 'authenticated',
    params: C.VillageAgreementIdParams,
    response: { 200: C.VillageAgreementView },
    handler: ({ ctx, params }) => getVillageAgreement(ctx, params.id),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/sign`,
    summary: 'Tanda tangani perjanjian kinerja desa (kepala desa dahulu, lalu camat)',
    permission: 'documents.sign',
    params: C.VillageAgreementIdParams,
    body: C.SignVillageAgreementInput,
    response: { 200: C.VillageAgreementView },
    handler: ({ ctx, params, body }) => signVillageAgreement(ctx, params.id, body),
  });
  r.route({
    method: 'GET',
    url: `${ONE}/pdf`,
    summary: 'Unduh PDF perjanjian kinerja desa (dengan tanda tangan yang sudah ada)',
    permission: 'authenticated',
    params: C.VillageAgreementIdParams,
    handler: async ({ ctx, params, reply }) => {
      const { pdf, fileName } = await villageAgreementPdf(ctx, params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
    },
  });
  r.route({
    method: 'POST',
    url: `${ONE}/revise`,
    summary: 'Buat PK perubahan dari perjanjian kinerja desa yang sudah ditandatangani',
    permission: 'authenticated',
    params: C.VillageAgreementIdParams,
    body: C.ReviseVillageAgreementInput,
    status: 201,
    response: { 201: C.VillageAgreementView },
    handler: ({ ctx, params, body }) => reviseVillageAgreement(ctx, params.id, body),
  });
});
