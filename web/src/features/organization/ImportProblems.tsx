import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import type { ImportProblem } from './org.api.ts';

/** An announced summary plus a table of import problems (sheet, row, column, message). */
export function ImportProblems({ problems, title }: { problems: ImportProblem[]; title: string }) {
  const { t } = useTranslation();
  const columns: Column<ImportProblem>[] = [
    { key: 'sheet', header: t('org.import.sheet'), render: (p) => p.sheet },
    { key: 'row', header: t('org.import.row'), render: (p) => p.row ?? '—' },
    { key: 'column', header: t('org.import.column'), render: (p) => p.column ?? '—' },
    { key: 'message', header: t('org.import.message'), render: (p) => p.message },
  ];
  return (
    <Stack>
      <Alert color="red" variant="light" role="alert" title={title}>
        {t('org.import.problemsCount', { count: problems.length })}
      </Alert>
      <SimpleTable
        caption={t('org.import.problemsCaption')}
        columns={columns}
        rows={problems}
        rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.message}`}
        emptyText="—"
        testId="import-problems"
      />
    </Stack>
  );
}
