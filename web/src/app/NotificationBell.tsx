import { ActionIcon, Badge, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationView } from '../../../src/modules/notifications/notifications.contract.ts';
import { api } from './api.ts';

const KEY = ['notifications'] as const;

/** The newest notifications and the unread count of the signed-in user. */
const fetchNotifications = () => api<{ items: NotificationView[]; unread: number }>('/api/notifications?limit=10');

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

function NotificationItem({ item, onOpen }: { item: NotificationView; onOpen: (item: NotificationView) => void }) {
  return (
    <UnstyledButton onClick={() => onOpen(item)} p={6} style={{ borderRadius: 6 }} data-unread={item.readAt ? undefined : 'true'}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        {item.readAt ? null : <Badge size="xs" color="teal" circle aria-hidden />}
        <Stack gap={0}>
          <Text size="sm" fw={item.readAt ? 400 : 600} lineClamp={2}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {item.body}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/** The header bell: unread count (refreshed every minute), the newest items, open = mark read and go. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const query = useQuery({ queryKey: KEY, queryFn: fetchNotifications, refetchInterval: 60_000 });
  const refresh = () => void client.invalidateQueries({ queryKey: KEY });
  const markRead = useMutation({
    mutationFn: (id: string) => api(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const markAll = useMutation({ mutationFn: () => api('/api/notifications/read-all', { method: 'POST' }), onSuccess: refresh });
  const unread = query.data?.unread ?? 0;
  const open = (item: NotificationView) => {
    if (!item.readAt) markRead.mutate(item.id);
    setOpened(false);
    if (item.link) navigate(item.link);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('shell.notifications', { count: unread })}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} data-testid="notification-list">
          <Group justify="space-between">
            <Text fw={600} size="sm">
              {t('shell.notificationsTitle')}
            </Text>
            {unread > 0 ? (
              <Button size="compact-xs" variant="subtle" onClick={() => markAll.mutate()}>
                {t('shell.markAllRead')}
              </Button>
            ) : null}
          </Group>
          {(query.data?.items ?? []).map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={open} />
          ))}
          {query.data && query.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('shell.noNotifications')}
            </Text>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
