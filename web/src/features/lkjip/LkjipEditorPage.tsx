import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { DetailPage } from '../../ui/DetailPage.tsx';
import { type PanelTab, PanelTabs } from '../../ui/PanelTabs.tsx';
import { useMayPrepare } from '../esakip/agreements/use-may-prepare.ts';
import { CompletenessPanel } from './CompletenessPanel.tsx';
import { fetchReport, lkjipKeys, type ReportView } from './lkjip.api.ts';
import { OutlineView } from './OutlineView.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReviuPanel, ReviuStatusBadge } from './reviu/ReviuPanel.tsx';
import { fetchReportReview, reviuKey } from './reviu/reviu.api.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

/** The editor's tabs: the report itself and its exported versions. */
function editorTabs(report: ReportView, t: (key: string) => string): PanelTab[] {
  const editable = report.status === 'draft';
  return [
    {
      value: 'laporan',
      label: t('lkjip.editor.tabs.report'),
      panel: <OutlineView report={report} aside={<CompletenessPanel items={report.completeness} editable={editable} />} />,
    },
    { value: 'versi', label: t('lkjip.editor.tabs.versions'), panel: <VersionsPanel report={report} /> },
    { value: 'reviu', label: t('lkjip.editor.tabs.reviu'), panel: <ReviuPanel reportId={report.id} /> },
  ];
}

/** The Inspektorat's reviu status next to the actions (information only: finalising does not wait for it). */
function ReviuStatus({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const review = useQuery({ queryKey: reviuKey(reportId), queryFn: () => fetchReportReview(reportId) });
  if (!review.data) return null;
  return (
    <Group gap={6}>
      <Text size="sm" c="dimmed">
        {t('lkjip.editor.reviu')}
      </Text>
      <ReviuStatusBadge status={review.data.review?.status ?? 'none'} />
    </Group>
  );
}

/** The loaded report: status, actions and the tabs. */
export function LkjipEditor({ report, tab, onTab }: { report: ReportView; tab: string; onTab: (tab: string) => void }) {
  const { t } = useTranslation();
  const mayPrepare = useMayPrepare();
  const tabs = editorTabs(report, t);
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <Badge color={report.status === 'final' ? 'teal' : 'gray'} variant="light" data-testid="lkjip-status">
          {t(`lkjip.status.${report.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {report.latestVersion === null ? t('lkjip.list.noVersion') : t('lkjip.list.versionN', { n: report.latestVersion })}
        </Text>
        <ReviuStatus reportId={report.id} />
      </Group>
      <ReportActions report={report} mayPrepare={mayPrepare} />
      {report.status === 'final' ? (
        <Alert color="gray" variant="light">
          {t('lkjip.editor.readOnly')}
        </Alert>
      ) : null}
      <PanelTabs tabs={tabs} value={tab} onChange={onTab} />
    </Stack>
  );
}

/** `/e-sakip/lkjip/:reportId`: one LKjIP, its outline with editable narrative, completeness, versions and finalising. */
export function LkjipEditorPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const one = useQuery({ queryKey: lkjipKeys.one(reportId), queryFn: () => fetchReport(reportId) });
  return (
    <DetailPage
      back={{ to: '/e-sakip?tab=lkjip', label: t('lkjip.editor.back') }}
      title={(report) => (report ? t('lkjip.editor.title', { name: report.unitName, year: report.year }) : t('lkjip.tab'))}
      description={t('lkjip.intro')}
      query={one}
    >
      {(report) => (
        <LkjipEditor
          report={report}
          tab={params.get('tab') ?? 'laporan'}
          onTab={(tab) => setParams({ tab }, { replace: true })}
        />
      )}
    </DetailPage>
  );
}
