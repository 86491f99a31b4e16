import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { desaAgreementPdfUrl, type VillageAgreementView } from './agreement.api.ts';
import { RevisePkDialog } from './RevisePkDialog.tsx';
import { SignPkDialog } from './SignPkDialog.tsx';

const STATUS_COLOR = { draft: 'gray', signing: 'yellow', signed: 'green', superseded: 'gray' } as const;

/** A date-time as the reader's language writes it, in WIB. */
const when = (iso: string) =>
  new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(
    new Date(iso),
  );

/** `64 KK`, `76,61 indeks` in Indonesian; `76.61 indeks` in English. */
const targetOf = (target: string, unit: string) =>
  `${currentLocale() === 'id-ID' ? target.replace('.', ',') : target} ${unit}`.trim();

function Party({ label, party }: { label: string; party: VillageAgreementView['kades'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{party.name}</Text>
      <Text size="sm">{party.jabatan}</Text>
      <Text size="xs" c={party.signedAt ? 'green' : 'dimmed'}>
        {party.signedAt ? t('villagesPk.signedAt', { at: when(party.signedAt) }) : t('villagesPk.notSigned')}
      </Text>
    </Stack>
  );
}

/** The promised rows as a list of small cards (readable at 390 px, no sideways scrolling). */
function Items({ agreement }: { agreement: VillageAgreementView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('villagesPk.items')}>
      {agreement.items.map((item) => (
        <Card key={item.code} withBorder padding="xs" component="li" data-testid="pk-item">
          <Text size="xs" c="dimmed">
            {item.code} · {t(item.kind === 'own' ? 'villagesPk.own' : 'villagesPk.mandatory')} — {item.sasaran}
          </Text>
          <Text size="sm">{item.indicatorName}</Text>
          <Text size="sm" fw={600}>
            {t('villagesPk.target')}: {targetOf(item.target, item.unit)}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

/**
 * One PK Kepala Desa: status, both parties with their signing state, the promised rows, and what the reader may do
 * (sign when it is their turn, download the PDF, make a PK perubahan of a signed PK when `mayRevise`).
 */
export function PkCard({ agreement, mayRevise }: { agreement: VillageAgreementView; mayRevise: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'sign' | 'revise' | null>(null);
  const next = agreement.nextSigner;
  return (
    <Card withBorder padding="md" data-testid="pk-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={3} size="h4">
            {t('villagesPk.desaLine', { desa: agreement.desaName, kecamatan: agreement.kecamatanName ?? '—' })} · {agreement.year}
            {agreement.revision > 0 ? ` · ${t('villagesPk.revision', { n: agreement.revision })}` : ''}
          </Title>
          <Badge color={STATUS_COLOR[agreement.status]} data-status>
            {t(`villagesPk.status.${agreement.status}`)}
          </Badge>
        </Group>
        {next ? <Text size="sm">{t(next === 'kades' ? 'villagesPk.nextKades' : 'villagesPk.nextCamat')}</Text> : null}
        <Party label={t('villagesPk.kades')} party={agreement.kades} />
        <Party label={t('villagesPk.camat')} party={agreement.camat} />
        <Title order={4} size="h5">
          {t('villagesPk.items')}
        </Title>
        <Items agreement={agreement} />
        <Group gap="sm" wrap="wrap">
          {agreement.mySignatureDue ? (
            <Button size="md" onClick={() => setDialog('sign')}>
              {t('villagesPk.sign')}
            </Button>
          ) : null}
          <Button
            size="md"
            variant="default"
            component="a"
            href={desaAgreementPdfUrl(agreement.id)}
            target="_blank"
            rel="noopener"
          >
            {t('villagesPk.pdf')}
          </Button>
          {mayRevise && agreement.status === 'signed' ? (
            <Button size="md" variant="subtle" onClick={() => setDialog('revise')}>
              {t('villagesPk.revise')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {dialog === 'sign' ? <SignPkDialog agreement={agreement} onClose={() => setDialog(null)} /> : null}
      {dialog === 'revise' ? <RevisePkDialog agreement={agreement} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
