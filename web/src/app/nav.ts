import { PERMISSIONS, type SessionView } from './session-types.ts';

/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  /** i18n key of the label. */
  labelKey: string;
  /** Shown when the user holds any of these permissions; always shown when absent. */
  anyOf?: string[];
}

/** The main navigation, in order. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/e-office', labelKey: 'nav.eoffice' },
  { to: '/e-sakip', labelKey: 'nav.esakip' },
  { to: '/sakip-desa', labelKey: 'nav.sakipDesa' },
  { to: '/organisasi', labelKey: 'nav.organization', anyOf: [PERMISSIONS.orgRead, PERMISSIONS.orgManage] },
  { to: '/admin', labelKey: 'nav.admin', anyOf: [PERMISSIONS.userManage, PERMISSIONS.auditRead] },
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
