import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import type { AgreementView } from './agreements.api.ts';

type Party = AgreementView['firstParty'];

const formatSignedAt = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso));

function PartyCard({ title, party, turn }: { title: string; party: Party; turn: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="agreement-party"
      style={turn ? { borderColor: 'var(--mantine-color-yellow-6)' } : undefined}
    >
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {title}
        </Text>
        <Text fw={500}>{party.positionName}</Text>
        {party.name ? (
          <Text size="sm">
            {party.name}
            {party.nip ? ` — NIP ${party.nip}` : ''}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('esakipPk.holderAtGenerate')}
          </Text>
        )}
        <Text size="sm" c={party.signedAt ? 'green' : 'dimmed'}>
          {party.signedAt
            ? t('esakipPk.signedAt', { date: formatSignedAt(party.signedAt, currentLocale()) })
            : t('esakipPk.notSigned')}
        </Text>
      </Stack>
    </Card>
  );
}

/** Pihak pertama and pihak kedua with their names, NIP and signing time; the party whose turn it is stands out. */
export function AgreementParties({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <PartyCard title={t('esakipPk.firstParty')} party={agreement.firstParty} turn={agreement.nextSigner === 'first'} />
      <PartyCard title={t('esakipPk.secondParty')} party={agreement.secondParty} turn={agreement.nextSigner === 'second'} />
    </SimpleGrid>
  );
}
