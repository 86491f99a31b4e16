import { Alert, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import type { RegulationView } from './regulation.api.ts';

type Labels = RegulationView['labels'];

/** The tenant labels of security classes and urgency levels (with SLA), and the disposition instructions. */
export function LabelsPanel({ regulation }: { regulation: RegulationView }) {
  const { t } = useTranslation();
  const { labels } = regulation;
  const security: Column<Labels['security'][number]>[] = [
    { key: 'code', header: t('regulationAdmin.labels.code'), rowHeader: true, render: (l) => l.code },
    { key: 'label', header: t('regulationAdmin.labels.label'), render: (l) => l.label },
    { key: 'abbr', header: t('regulationAdmin.labels.abbreviation'), render: (l) => l.abbreviation },
  ];
  const urgency: Column<Labels['urgency'][number]>[] = [
    { key: 'code', header: t('regulationAdmin.labels.code'), rowHeader: true, render: (l) => l.code },
    { key: 'label', header: t('regulationAdmin.labels.label'), render: (l) => l.label },
    {
      key: 'sla',
      header: t('regulationAdmin.labels.sla'),
      render: (l) =>
        l.slaHours === null ? t('regulationAdmin.labels.noSla') : t('regulationAdmin.labels.slaHours', { count: l.slaHours }),
    },
  ];
  const instructions: Column<RegulationView['instructions'][number]>[] = [
    { key: 'code', header: t('regulationAdmin.labels.code'), rowHeader: true, render: (i) => i.code },
    { key: 'label', header: t('regulationAdmin.labels.label'), render: (i) => i.label },
  ];
  return (
    <>
      {labels.toVerify ? (
        <Alert color="yellow" variant="light" mb="md">
          {t('regulationAdmin.labels.toVerify')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SimpleTable
          caption={t('regulationAdmin.labels.securityCaption')}
          columns={security}
          rows={labels.security}
          rowKey={(l) => l.code}
          emptyText="—"
        />
        <SimpleTable
          caption={t('regulationAdmin.labels.urgencyCaption')}
          columns={urgency}
          rows={labels.urgency}
          rowKey={(l) => l.code}
          emptyText="—"
        />
        <SimpleTable
          caption={t('regulationAdmin.labels.instructionsCaption')}
          columns={instructions}
          rows={regulation.instructions}
          rowKey={(i) => i.code}
          emptyText="—"
        />
      </SimpleGrid>
    </>
  );
}
