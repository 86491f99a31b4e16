import { Accordion, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../ui/DateTime.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { periodLabel, targetText } from './realization-labels.ts';
import { fetchTargetRevisions, realizationKeys, type TargetRevisionView } from './realizations.api.ts';

const K = 'esakipRealizations.revision';

/** One ledger entry: when, which period, old → new, why, the SK and who approved. */
function RevisionEntry({ entry }: { entry: TargetRevisionView }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" component="li">
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          <DateTime iso={entry.recordedAt} />
        </Text>
        <Text size="sm" fw={600}>
          {t(`${K}.change`, {
            period: periodLabel(t, entry.period ?? 'Y'),
            year: entry.year,
            old: targetText(t, entry.oldTarget),
            new: targetText(t, entry.newTarget),
          })}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {entry.reason}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`${K}.decree`, { decree: entry.decreeNumber ?? '—', approver: entry.approvedByName })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The target revision ledger of an indicator, folded away until opened (loaded only then), newest first. */
export function TargetRevisionLedger({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const ledger = useQuery({
    queryKey: realizationKeys.revisions(indicatorId),
    queryFn: () => fetchTargetRevisions(indicatorId),
    enabled: open !== null,
  });
  return (
    <Accordion variant="contained" value={open} onChange={setOpen}>
      <Accordion.Item value="ledger">
        <Accordion.Control>{t(`${K}.ledger`)}</Accordion.Control>
        <Accordion.Panel>
          <ErrorAlert error={ledger.error} />
          {ledger.isPending && open !== null ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
          {ledger.data?.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(`${K}.empty`)}
            </Text>
          ) : null}
          {ledger.data && ledger.data.items.length > 0 ? (
            <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {ledger.data.items.map((entry) => (
                <RevisionEntry key={entry.id} entry={entry} />
              ))}
            </Stack>
          ) : null}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
