import { Alert, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { formatWib } from '../verification/verification-format.ts';
import { DocumentTypesTable } from './DocumentTypesTable.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { KkaBrowser } from './KkaBrowser.tsx';
import { KkaImport } from './KkaImport.tsx';
import { LabelsPanel } from './LabelsPanel.tsx';
import { fetchRegulation, type RegulationView, regulationKeys } from './regulation.api.ts';

const TABS = ['jenis', 'kka', 'label', 'draf'] as const;
type RegulationTab = (typeof TABS)[number];

function PackSummary({ regulation }: { regulation: RegulationView }) {
  const { t } = useTranslation();
  const { pack } = regulation;
  return (
    <Paper withBorder p="md" mb="md" data-testid="pack-summary">
      <Stack gap={4}>
        <Text fw={600}>{t('regulationAdmin.activeVersion', { version: pack.version, name: pack.name })}</Text>
        <Text size="sm">
          <Text span fw={500}>{`${t('regulationAdmin.legalBasis')}: `}</Text>
          {pack.legalBasis}
        </Text>
        {pack.activatedAt ? (
          <Text size="sm" c="dimmed">
            {t('regulationAdmin.activatedAt', { time: formatWib(pack.activatedAt, currentLocale()) })}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('regulationAdmin.kkaCount', { count: regulation.archiveClassCount })}
        </Text>
        {regulation.draft ? (
          <Alert color="yellow" variant="light" p="xs">
            {t('regulationAdmin.draft', { version: regulation.draft.version })}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** `/admin/regulasi` (regulation.manage): the active pack, jenis naskah, KKA browse/import and labels. */
export function RegulationPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: regulationKeys.active, queryFn: fetchRegulation });
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: RegulationTab = TABS.includes(requested as RegulationTab) ? (requested as RegulationTab) : 'jenis';
  return (
    <>
      <PageHeader title={t('regulationAdmin.title')} description={t('regulationAdmin.description')} />
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <>
          <PackSummary regulation={query.data} />
          <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'jenis' }, { replace: true })} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="jenis">{t('regulationAdmin.tabs.types')}</Tabs.Tab>
              <Tabs.Tab value="kka">{t('regulationAdmin.tabs.kka')}</Tabs.Tab>
              <Tabs.Tab value="label">{t('regulationAdmin.tabs.labels')}</Tabs.Tab>
              <Tabs.Tab value="draf">
                {query.data.draft ? t('regulationEdit.tabDraft', { version: query.data.draft.version }) : t('regulationEdit.tab')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="jenis">
              <DocumentTypesTable types={query.data.documentTypes} />
            </Tabs.Panel>
            <Tabs.Panel value="kka">
              <Stack gap="xl">
                <KkaBrowser />
                <KkaImport draft={query.data.draft} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="label">
              <LabelsPanel regulation={query.data} />
            </Tabs.Panel>
            <Tabs.Panel value="draf">
              <DraftEditor regulation={query.data} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </>
  );
}
