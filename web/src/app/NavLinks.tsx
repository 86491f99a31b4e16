import { Badge, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isActive, type NavItem } from './nav.ts';
import { countText, navBadgeCount, useWorkQueues } from './work-queues.ts';

const COUNTED = new Set(['/e-office', '/naskah']);

/** The main navigation links, with the work-queue counters as badges (named for screen readers in the label). */
export function NavLinks({ items, pathname, onNavigate }: { items: NavItem[]; pathname: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const queues = useWorkQueues(items.some((item) => COUNTED.has(item.to)));
  return items.map((item) => {
    const active = isActive(item, pathname);
    const label = t(item.labelKey);
    const count = navBadgeCount(item.to, queues.data);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={label}
        aria-label={count > 0 ? t('queues.navLabel', { label, count: countText(count) }) : undefined}
        rightSection={
          count > 0 ? (
            <Badge size="sm" color="red" circle={count < 10} aria-hidden>
              {countText(count)}
            </Badge>
          ) : null
        }
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  });
}
