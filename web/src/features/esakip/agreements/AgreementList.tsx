import { Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { AgreementStatusBadge, useRevisionLabel } from './AgreementStatusBadge.tsx';
import type { AgreementSummaryView } from './agreements.api.ts';
import { useIsPhone } from './use-phone.ts';

type Party = AgreementSummaryView['firstParty'];

function PartyCell({ party }: { party: Party }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{party.positionName}</Text>
      {party.name ? (
        <Text size="xs" c="dimmed">
          {party.name}
        </Text>
      ) : null}
    </Stack>
  );
}

function OpenButton({ pk, onOpen }: { pk: AgreementSummaryView; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => onOpen(pk.id)}
      aria-label={t('esakipPk.openLabel', { unit: pk.unitName, position: pk.firstParty.positionName })}
    >
      {t('esakipPk.open')}
    </Button>
  );
}

/** On a phone: one card per PK with the same facts as the table's row. */
function AgreementCards({
  items,
  caption,
  onOpen,
}: {
  items: AgreementSummaryView[];
  caption: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const revisionLabel = useRevisionLabel();
  return (
    <Stack gap="xs" component="section" aria-label={caption} data-testid="agreement-list">
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
      {items.length === 0 ? <Text c="dimmed">{t('esakipPk.empty')}</Text> : null}
      {items.map((pk) => (
        <Card key={pk.id} withBorder padding="sm" data-testid="agreement-card">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text fw={600}>{pk.unitName}</Text>
              <AgreementStatusBadge status={pk.status} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('esakipPk.columns.first')}
            </Text>
            <PartyCell party={pk.firstParty} />
            <Text size="xs" c="dimmed">
              {t('esakipPk.columns.second')}
            </Text>
            <PartyCell party={pk.secondParty} />
            <Group justify="space-between">
              <Text size="sm">{revisionLabel(pk.revision)}</Text>
              <OpenButton pk={pk} onOpen={onOpen} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The PKs of the chosen year (and OPD): parties, version, status and a button that opens one; cards on a phone. */
export function AgreementList({
  year,
  items,
  loading,
  onOpen,
}: {
  year: number;
  items: AgreementSummaryView[];
  loading: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const revisionLabel = useRevisionLabel();
  const phone = useIsPhone();
  const caption = t('esakipPk.listCaption', { year });
  if (loading) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (phone) return <AgreementCards items={items} caption={caption} onOpen={onOpen} />;
  return (
    <SimpleTable
      caption={caption}
      testId="agreement-list"
      rows={items}
      rowKey={(a) => a.id}
      emptyText={t('esakipPk.empty')}
      minWidth={720}
      columns={[
        { key: 'unit', header: t('esakipPk.columns.unit'), rowHeader: true, render: (a) => a.unitName },
        { key: 'first', header: t('esakipPk.columns.first'), render: (a) => <PartyCell party={a.firstParty} /> },
        { key: 'second', header: t('esakipPk.columns.second'), render: (a) => <PartyCell party={a.secondParty} /> },
        { key: 'revision', header: t('esakipPk.columns.revision'), render: (a) => revisionLabel(a.revision) },
        { key: 'status', header: t('esakipPk.columns.status'), render: (a) => <AgreementStatusBadge status={a.status} /> },
        { key: 'open', header: t('common.actions'), render: (a) => <OpenButton pk={a} onOpen={onOpen} /> },
      ]}
    />
  );
}
