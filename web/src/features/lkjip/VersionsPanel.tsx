import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime.tsx';
import { SimpleTable } from '../../ui/SimpleTable.tsx';
import type { ReportView, Version } from './lkjip.api.ts';

/** The exported versions, newest first, with their DOCX and PDF downloads and what was missing when each was made. */
export function VersionsPanel({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const rows = [...report.versions].sort((a, b) => b.number - a.number);
  return (
    <SimpleTable<Version>
      caption={t('lkjip.versions.caption')}
      testId="lkjip-versions"
      minWidth={360}
      rows={rows}
      rowKey={(v) => String(v.number)}
      emptyText={t('lkjip.versions.empty')}
      columns={[
        { key: 'number', header: t('lkjip.versions.number'), rowHeader: true, render: (v) => v.number },
        { key: 'createdAt', header: t('lkjip.versions.createdAt'), render: (v) => <DateTime iso={v.createdAt} /> },
        {
          key: 'files',
          header: t('lkjip.versions.files'),
          render: (v) => (
            <Group gap="sm" wrap="nowrap">
              <Anchor href={v.docxUrl} download aria-label={t('lkjip.versions.downloadDocx', { n: v.number })}>
                DOCX
              </Anchor>
              <Anchor href={v.pdfUrl} download aria-label={t('lkjip.versions.downloadPdf', { n: v.number })}>
                PDF
              </Anchor>
            </Group>
          ),
        },
        {
          key: 'missing',
          header: t('lkjip.versions.missingAtTime'),
          render: (v) =>
            v.completeness.length === 0
              ? t('lkjip.list.complete')
              : t('lkjip.list.missingCount', { count: v.completeness.length }),
        },
      ]}
    />
  );
}
