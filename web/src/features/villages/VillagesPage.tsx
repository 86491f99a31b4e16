import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { IdmPanel } from './idm/IdmPanel.tsx';

/** `/sakip-desa`: Sakip Desa; for now the IDM of every desa per year with the next-status simulator. */
export function VillagesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('villagesIdm.title')} description={t('villagesIdm.description')} />
      <IdmPanel />
    </>
  );
}
