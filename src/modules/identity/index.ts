/** Public API of the identity module: authentication of requests, accounts and sessions. */
export { identityMessages } from './identity.contract.ts';
export { createIdentityMaintenance } from './identity.jobs.ts';
export { identityRoutes } from './identity.routes.ts';
export { mfaRoutes } from './mfa.routes.ts';
export { sealOidcClientSecret } from './oidc-discovery.ts';
export { authenticateRequest } from './session.service.ts';
export { contactPointsOfUsers, employeeIdOfUser, type UserContactPoint, userIdsOfEmployees } from './user-links.ts';
export { createUser, type NewUser } from './users.service.ts';
