import { Button, Container, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session.tsx';
import { hasPermission } from '../../../app/session-types.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useDesaChoice } from '../desa/use-desa-choice.ts';
import {
  currentAgreement,
  fetchAwaitingMe,
  fetchDesaAgreements,
  generateDesaAgreement,
  villageAgreementKeys,
} from './agreement.api.ts';
import { PkCard } from './PkCard.tsx';
import { usePkChange } from './use-pk-change.ts';

/** The desa's PK of the year for its operator / kepala desa: generate it, read it, sign it, revise it. */
function DesaSection({ year, requestedDesa }: { year: number; requestedDesa: string | null }) {
  const { t } = useTranslation();
  const choice = useDesaChoice(year, requestedDesa);
  const desa = choice.current;
  const list = useQuery({
    queryKey: villageAgreementKeys.ofDesa(desa?.id ?? '', year),
    queryFn: () => fetchDesaAgreements(desa!.id, year),
    enabled: desa !== null,
  });
  const generate = usePkChange(() => generateDesaAgreement(desa!.id, year), { success: t('villagesPk.generated') });
  if (choice.loading || (desa && list.isPending)) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (!desa) return choice.error ? <ErrorAlert error={choice.error} /> : <Text c="dimmed">{t('villagesPk.noDesa')}</Text>;
  const current = list.data ? currentAgreement(list.data.items) : null;
  return (
    <Stack gap="sm">
      <ErrorAlert error={list.error ?? generate.error} />
      {current ? (
        <PkCard agreement={current} mayRevise={!list.data?.items.some((a) => a.supersedesId === current.id)} />
      ) : list.data ? (
        <Stack gap="xs">
          <Text>{t('villagesPk.none', { year })}</Text>
          <Text size="sm" c="dimmed">
            {t('villagesPk.generateHint')}
          </Text>
          <Button size="md" loading={generate.isPending} onClick={() => generate.mutate(undefined)}>
            {t('villagesPk.generate', { year })}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** The PKs waiting for my signature (the camat's queue). */
function AwaitingSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: villageAgreementKeys.awaiting(year), queryFn: () => fetchAwaitingMe(year) });
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('villagesPk.awaitingTitle')}
      </Title>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {list.data?.items.length === 0 ? <Text c="dimmed">{t('villagesPk.awaitingEmpty', { year })}</Text> : null}
      {list.data?.items.map((a) => (
        <PkCard key={a.id} agreement={a} mayRevise={false} />
      ))}
    </Stack>
  );
}

/**
 * `/sakip-desa/pk`: the PK Kepala Desa. A desa's operator or kepala desa sees the desa's PK of the year; anyone else
 * (the camat) sees the PKs of the desa in his kecamatan waiting for his signature. Phone-first (390 px).
 */
export function VillageAgreementPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('tahun')) || thisYear;
  if (!session) return <Loader size="sm" aria-label={t('common.loading')} />;
  const reports = hasPermission(session, 'villages.report.submit');
  return (
    <Container size="xs" px={0}>
      <PageHeader title={t('villagesPk.title')} description={t('villagesPk.description')} />
      <Stack gap="md">
        <NativeSelect
          size="md"
          label={t('villagesPk.year')}
          data={[String(thisYear + 1), String(thisYear), String(thisYear - 1)]}
          value={String(year)}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            next.set('tahun', e.currentTarget.value);
            setParams(next);
          }}
        />
        {reports ? <DesaSection year={year} requestedDesa={params.get('desa')} /> : <AwaitingSection year={year} />}
      </Stack>
    </Container>
  );
}
