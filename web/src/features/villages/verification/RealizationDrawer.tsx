import { Badge, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import {
  fetchRealization,
  type VerificationQueueItem,
  type VillageRealizationView,
  verificationKeys,
} from './verification.api.ts';

type Evidence = VillageRealizationView['evidence'];

/** The masked household and child rows, the IKM summary and the photo count of a realisasi. */
function EvidenceRows({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const households: Column<Evidence['households'][number]>[] = [
    { key: 'kk', header: t('villagesVerification.evidence.noKk'), render: (h) => h.noKkMasked, rowHeader: true },
    { key: 'name', header: t('villagesVerification.evidence.name'), render: (h) => h.name },
    { key: 'reason', header: t('villagesVerification.evidence.reason'), render: (h) => h.reason },
  ];
  const children: Column<Evidence['children'][number]>[] = [
    { key: 'nik', header: t('villagesVerification.evidence.nik'), render: (c) => c.nikMasked, rowHeader: true },
    { key: 'name', header: t('villagesVerification.evidence.name'), render: (c) => c.name },
    { key: 'age', header: t('villagesVerification.evidence.age'), render: (c) => c.ageMonths },
    {
      key: 'status',
      header: t('villagesVerification.evidence.status'),
      render: (c) => t(`villagesVerification.child.${c.status}`),
    },
  ];
  return (
    <Stack gap="sm">
      {evidence.households.length > 0 ? (
        <SimpleTable
          caption={t('villagesVerification.evidence.households')}
          columns={households}
          rows={evidence.households}
          rowKey={(h) => h.clientId}
          emptyText="—"
          minWidth={420}
        />
      ) : null}
      {evidence.children.length > 0 ? (
        <SimpleTable
          caption={t('villagesVerification.evidence.children')}
          columns={children}
          rows={evidence.children}
          rowKey={(c) => c.clientId}
          emptyText="—"
          minWidth={420}
        />
      ) : null}
      {evidence.ikm ? (
        <Text>
          {t('villagesVerification.evidence.ikm', { score: evidence.ikm.score, respondents: evidence.ikm.respondents })}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('villagesVerification.evidence.photos', { count: evidence.photos.length })}
      </Text>
    </Stack>
  );
}

/** A drawer (full screen on a phone) with one queued realisasi, its evidence and the review buttons. */
export function RealizationDrawer({ item, onClose }: { item: VerificationQueueItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const one = useQuery({
    queryKey: verificationKeys.one(item?.id ?? ''),
    queryFn: () => fetchRealization(item!.id),
    enabled: item !== null,
  });
  const view = one.data;
  return (
    <Drawer
      opened={item !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={item ? `${item.desa.name} — ${item.indicator.name}` : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {view && item ? (
        <Stack gap="md">
          <Group gap="sm" role="status">
            <Text fw={700}>{t('villagesVerification.valueOf', { value: view.value, unit: item.indicator.unit })}</Text>
            <Badge variant="light">{`${view.quarter} ${view.year}`}</Badge>
            <Badge color={view.status === 'submitted' ? 'blue' : 'gray'}>{t(`villagesVerification.status.${view.status}`)}</Badge>
          </Group>
          {item.target ? <Text size="sm">{t('villagesVerification.target', { target: item.target })}</Text> : null}
          {view.note ? <Text size="sm">{t('villagesVerification.desaNote', { note: view.note })}</Text> : null}
          <Title order={3} size="h5">
            {t('villagesVerification.evidence.title')}
          </Title>
          <EvidenceRows evidence={view.evidence} />
          {view.status === 'submitted' ? <ReviewActions key={view.id} realization={view} onDone={onClose} /> : null}
        </Stack>
      ) : one.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={one.error} />
      )}
    </Drawer>
  );
}
