import type { SessionView } from '../../../src/modules/identity/identity.contract.ts';
import type { Permission } from '../../../src/shared/permissions.ts';

/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  /** i18n key of the label. */
  labelKey: string;
  /** Shown when the user holds any of these permissions; always shown when absent. */
  anyOf?: Permission[];
}

/** The main navigation, in order. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/e-office', labelKey: 'nav.eoffice' },
  { to: '/e-sakip', labelKey: 'nav.esakip' },
  { to: '/sakip-desa', labelKey: 'nav.sakipDesa' },
  { to: '/organisasi', labelKey: 'nav.organization', anyOf: ['organization.read', 'organization.manage'] },
  { to: '/admin', labelKey: 'nav.admin', anyOf: ['identity.user.manage', 'audit.read', 'jobs.read'] },
];

/** The navigation entries this session may see. */
export function visibleNavItems(session: SessionView): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.anyOf || item.anyOf.some((p) => session.user.permissions.includes(p)));
}

/** True when `pathname` is the item's page or below it. */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
