import { useTranslation } from 'react-i18next';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import type { DocumentTypeView } from './regulation.api.ts';

/** The jenis naskah of the active pack: code, name, family, layout, number scheme, signer levels. */
export function DocumentTypesTable({ types }: { types: DocumentTypeView[] }) {
  const { t } = useTranslation();
  const columns: Column<DocumentTypeView>[] = [
    { key: 'code', header: t('regulationAdmin.types.code'), rowHeader: true, render: (d) => d.code },
    { key: 'name', header: t('regulationAdmin.types.name'), render: (d) => d.name },
    {
      key: 'family',
      header: t('regulationAdmin.types.family'),
      render: (d) => [t(`regulationAdmin.family.${d.family}`), d.subfamily].filter(Boolean).join(' · '),
    },
    { key: 'layout', header: t('regulationAdmin.types.layout'), render: (d) => t(`regulationAdmin.layout.${d.layout}`) },
    { key: 'scheme', header: t('regulationAdmin.types.scheme'), render: (d) => d.numberSchemeCode ?? '—' },
    {
      key: 'signature',
      header: t('regulationAdmin.types.signature'),
      render: (d) => t(d.requiresSignature ? 'common.yes' : 'common.no'),
    },
    { key: 'signers', header: t('regulationAdmin.types.signers'), render: (d) => d.signerLevels.join(', ') || '—' },
  ];
  return (
    <SimpleTable
      caption={t('regulationAdmin.types.caption')}
      columns={columns}
      rows={types}
      rowKey={(d) => d.code}
      emptyText={t('regulationAdmin.types.empty')}
      testId="document-types-table"
    />
  );
}
