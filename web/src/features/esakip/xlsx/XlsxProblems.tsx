import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import type { XlsxProblem } from './xlsx-upload.ts';

/** An announced summary and a table of the file's problems by sheet, row and column. */
export function XlsxProblems({ problems }: { problems: XlsxProblem[] }) {
  const { t } = useTranslation();
  const columns: Column<XlsxProblem>[] = [
    { key: 'sheet', header: t('esakipXlsx.sheet'), render: (p) => p.sheet },
    { key: 'row', header: t('esakipXlsx.row'), render: (p) => p.row ?? '—' },
    { key: 'column', header: t('esakipXlsx.column'), render: (p) => p.column ?? '—' },
    { key: 'message', header: t('esakipXlsx.message'), render: (p) => p.message },
  ];
  return (
    <Stack gap="xs">
      <Alert color="red" variant="light" role="alert" title={t('esakipXlsx.problemsTitle')}>
        {t('esakipXlsx.problemsCount', { count: problems.length })}
      </Alert>
      <SimpleTable
        caption={t('esakipXlsx.problemsCaption')}
        columns={columns}
        rows={problems}
        rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.message}`}
        emptyText="—"
        testId="xlsx-problems"
      />
    </Stack>
  );
}
