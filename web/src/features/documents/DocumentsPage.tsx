import { Button, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CreateDocumentForm } from './CreateDocumentForm.tsx';
import { DocumentList } from './DocumentList.tsx';

type DocumentsTab = 'daftar' | 'buat';

/** `/naskah`: my documents and signing (documents.sign), and the editor for new ones (documents.create). */
export function DocumentsPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const allowed: Record<DocumentsTab, boolean> = {
    daftar: hasPermission(session, 'documents.sign'),
    buat: hasPermission(session, 'documents.create'),
  };
  const [params, setParams] = useSearchParams();
  const fallback: DocumentsTab = allowed.daftar ? 'daftar' : 'buat';
  const requested = params.get('tab');
  const tab = requested && Object.hasOwn(allowed, requested) && allowed[requested as DocumentsTab] ? requested : fallback;
  const show = (next: DocumentsTab) => setParams({ tab: next }, { replace: true });
  const manage = hasPermission(session, 'documents.manage') ? (
    <Button component={Link} to="/admin/naskah" variant="default">
      {t('kop.title')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('documents.title')} description={t('documents.description')} actions={manage} />
      <Tabs value={tab} onChange={(value) => show((value as DocumentsTab | null) ?? fallback)} keepMounted={false}>
        <Tabs.List mb="md">
          {allowed.daftar ? <Tabs.Tab value="daftar">{t('documents.tabs.list')}</Tabs.Tab> : null}
          {allowed.buat ? <Tabs.Tab value="buat">{t('documents.tabs.create')}</Tabs.Tab> : null}
        </Tabs.List>
        {allowed.daftar ? (
          <Tabs.Panel value="daftar">
            <DocumentList />
          </Tabs.Panel>
        ) : null}
        {allowed.buat ? (
          <Tabs.Panel value="buat">
            <CreateDocumentForm onSaved={() => show(allowed.daftar ? 'daftar' : 'buat')} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
