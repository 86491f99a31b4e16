import { defineRoutes } from '../../platform/http/define-routes.ts';
import {
  CreateDelegationInput,
  DelegationIdParams,
  DelegationListView,
  DelegationQuery,
  DelegationView,
} from './delegations.contract.ts';
import { createDelegation, endDelegation, listDelegations } from './delegations.service.ts';

/** Absence delegation (Plh) of a position for a period: create, list, end early. */
export const delegationsRoutes = defineRoutes('organization', (r) => {
  r.route({
    method: 'POST',
    url: '/api/org/delegations',
    summary: 'Delegasikan jabatan (Plh) untuk suatu periode, paling lama 90 hari (absence delegation)',
    permission: 'organization.read',
    body: CreateDelegationInput,
    status: 201,
    response: { 201: DelegationView },
    handler: ({ ctx, body }) => createDelegation(ctx, body),
  });
  r.route({
    method: 'GET',
    url: '/api/org/delegations',
    summary: 'Daftar delegasi suatu jabatan, atau jabatan saya dan yang didelegasikan kepada saya',
    permission: 'organization.read',
    querystring: DelegationQuery,
    response: { 200: DelegationListView },
    handler: ({ ctx, query }) => listDelegations(ctx, query.positionId),
  });
  r.route({
    method: 'DELETE',
    url: '/api/org/delegations/:assignmentId',
    summary: 'Akhiri delegasi lebih awal (berakhir kemarin)',
    permission: 'organization.read',
    params: DelegationIdParams,
    response: { 200: DelegationView },
    handler: ({ ctx, params }) => endDelegation(ctx, params.assignmentId),
  });
});
