/**
 * The permission catalogue and the built-in roles of a tenant. Pure data, shared by the server
 * (route declarations, policies) and the web app (what to show). Permissions are `module.resource.action`.
 */
export const PERMISSIONS = [
  'organization.read',
  'organization.manage',
  'identity.user.manage',
  'audit.read',
  'jobs.read',
  'jobs.manage',
  'documents.create',
  'documents.sign',
  'documents.manage',
  'correspondence.letter.read',
  'correspondence.letter.register',
  'correspondence.letter.draft',
  'correspondence.letter.sign',
  'correspondence.disposition.act',
  'correspondence.stats.read',
  'regulation.manage',
  'numbering.manage',
  'archive.record.manage',
  'performance.plan.read',
  'performance.plan.manage',
  'evaluation.assess',
  'villages.report.submit',
  'villages.report.review',
  'villages.idm.manage',
  'platform.tenant.manage',
] as const;

/** A permission name. */
export type Permission = (typeof PERMISSIONS)[number];

/** The roles every tenant has (Indonesian job titles in the UI, stable codes here). */
export const ROLES = [
  'admin',
  'pencatat',
  'arsiparis',
  'perencana',
  'evaluator',
  'operator_desa',
  'kepala_desa',
  'pimpinan',
  'staf',
  'super_admin',
] as const;

/** A role code. */
export type Role = (typeof ROLES)[number];

const EVERY_ASN: readonly Permission[] = [
  'organization.read',
  'documents.create',
  'documents.sign',
  'correspondence.letter.read',
  'correspondence.letter.draft',
  'correspondence.disposition.act',
  'performance.plan.read',
];

/** Which permissions each role grants. Default deny: a permission not listed is not granted. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    ...EVERY_ASN,
    'organization.manage',
    'documents.manage',
    'identity.user.manage',
    'audit.read',
    'jobs.read',
    'jobs.manage',
    'regulation.manage',
    'numbering.manage',
    'correspondence.stats.read',
  ],
  pencatat: [...EVERY_ASN, 'correspondence.letter.register', 'numbering.manage', 'correspondence.stats.read'],
  arsiparis: [...EVERY_ASN, 'archive.record.manage', 'regulation.manage', 'correspondence.stats.read'],
  // villages.idm.manage: the policy narrows it to planners of the village-affairs unit (DPMD) or admins.
  perencana: [...EVERY_ASN, 'performance.plan.manage', 'villages.idm.manage'],
  evaluator: [...EVERY_ASN, 'evaluation.assess', 'audit.read'],
  operator_desa: ['organization.read', 'villages.report.submit'],
  // The kepala desa reports for the desa like its operator and signs the desa's Perjanjian Kinerja.
  kepala_desa: ['organization.read', 'villages.report.submit', 'documents.sign'],
  pimpinan: [...EVERY_ASN, 'correspondence.letter.sign', 'villages.report.review', 'correspondence.stats.read'],
  staf: EVERY_ASN,
  // The platform super-admin lives in the platform tenant and manages tenants, nothing inside them.
  super_admin: ['platform.tenant.manage', 'jobs.read'],
};

/** Roles a tenant admin may grant; super_admin exists only in the platform tenant. */
export const TENANT_ROLES = ROLES.filter((r) => r !== 'super_admin');

/** The union of the permissions granted by a set of roles (unknown role codes grant nothing). */
export function permissionsForRoles(roles: readonly string[]): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) {
    const list = Object.hasOwn(ROLE_PERMISSIONS, role) ? ROLE_PERMISSIONS[role as Role] : undefined;
    for (const p of list ?? []) granted.add(p);
  }
  return granted;
}

/** True when a role set grants a permission. Pure; used by routes and tested as a full table. */
export function rolesAllow(roles: readonly string[], permission: Permission): boolean {
  return permissionsForRoles(roles).has(permission);
}
