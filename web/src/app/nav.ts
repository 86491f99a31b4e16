import type { SessionView } from '../../../src/modules/identity/identity.contract.ts';
import type { Permission } from '../../../src/shared/permissions.ts';

/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  /** i18n key of the label. */
  labelKey: string;
  /** Shown when the user holds any of these permissions; always shown when absent. */
  anyOf?: Permission[];
  /** Work inside a pemda: hidden from platform operators, whose own tenant has no such work. */
  tenantWork?: boolean;
}

/** The main navigation, in order. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', tenantWork: true },
  { to: '/e-office', labelKey: 'nav.eoffice', anyOf: ['correspondence.letter.read'], tenantWork: true },
  { to: '/naskah', labelKey: 'nav.documents', anyOf: ['documents.sign', 'documents.create'], tenantWork: true },
  { to: '/arsip/berkas', labelKey: 'records.nav', anyOf: ['archive.record.manage'], tenantWork: true },
  { to: '/e-sakip', labelKey: 'nav.esakip', tenantWork: true },
  { to: '/sakip-desa', labelKey: 'nav.sakipDesa', tenantWork: true },
  { to: '/evaluasi-sakip', labelKey: 'evaluation.nav', anyOf: ['performance.plan.read'], tenantWork: true },
  { to: '/platform', labelKey: 'nav.platform', anyOf: ['platform.tenant.manage'] },
  { to: '/organisasi', labelKey: 'nav.organization', anyOf: ['organization.read', 'organization.manage'] },
  { to: '/admin', labelKey: 'nav.admin', anyOf: ['identity.user.manage', 'audit.read', 'jobs.read'] },
];

/**
 * True for the platform super-admin: manages tenants but cannot read any pemda's organisation,
 * so Beranda and the pemda modules mean nothing to them and `/platform` is their home.
 */
export function isPlatformOperator(session: SessionView): boolean {
  const { permissions } = session.user;
  return permissions.includes('platform.tenant.manage') && !permissions.includes('organization.read');
}

/** The navigation entries this session may see. */
export function visibleNavItems(session: SessionView): NavItem[] {
  const operator = isPlatformOperator(session);
  return NAV_ITEMS.filter(
    (item) => !(item.tenantWork && operator) && (!item.anyOf || item.anyOf.some((p) => session.user.permissions.includes(p))),
  );
}

/** True when `pathname` is the item's page or below it. */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
