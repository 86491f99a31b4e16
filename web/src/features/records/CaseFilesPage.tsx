import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CaseFileDetail } from './CaseFileDetail.tsx';
import { CaseFileList } from './CaseFileList.tsx';
import { CreateCaseFileForm } from './CreateCaseFileForm.tsx';

/** `/arsip/berkas`: the daftar berkas with filters and, for the arsiparis, a form to open one; `?berkas=<id>` shows one. */
export function CaseFilesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const manages = hasPermission(useRequiredSession(), 'archive.record.manage');
  const selected = params.get('berkas');
  return (
    <>
      <PageHeader title={t('records.title')} description={t('records.description')} />
      {selected ? (
        <CaseFileDetail id={selected} manages={manages} />
      ) : (
        <Stack gap="xl">
          {manages ? (
            <CreateCaseFileForm onCreated={(c) => navigate(`/arsip/berkas?berkas=${encodeURIComponent(c.id)}`)} />
          ) : null}
          <CaseFileList />
        </Stack>
      )}
    </>
  );
}
