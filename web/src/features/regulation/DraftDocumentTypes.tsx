import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { DocumentTypeForm } from './DocumentTypeForm.tsx';
import type { DocumentTypeView } from './regulation.api.ts';

/** Which type the modal edits: an existing one, a new one, or none (closed). */
type Editing = { type: DocumentTypeView | null } | null;

function useColumns(edit: (type: DocumentTypeView) => void): Column<DocumentTypeView>[] {
  const { t } = useTranslation();
  return [
    { key: 'code', header: t('regulationAdmin.types.code'), rowHeader: true, render: (d) => d.code },
    { key: 'name', header: t('regulationAdmin.types.name'), render: (d) => d.name },
    { key: 'layout', header: t('regulationAdmin.types.layout'), render: (d) => t(`regulationAdmin.layout.${d.layout}`) },
    { key: 'scheme', header: t('regulationAdmin.types.scheme'), render: (d) => d.numberSchemeCode ?? '—' },
    { key: 'signers', header: t('regulationAdmin.types.signers'), render: (d) => d.signerLevels.join(', ') || '—' },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (d) => (
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => edit(d)}
          aria-label={t('regulationEdit.type.editOf', { code: d.code })}
        >
          {t('regulationEdit.type.edit')}
        </Button>
      ),
    },
  ];
}

/** The draft's document types, each editable in a modal form; "Tambah jenis naskah" adds one. */
export function DraftDocumentTypes({
  packId,
  types,
  onSaved,
}: {
  packId: string;
  types: DocumentTypeView[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const columns = useColumns((type) => setEditing({ type }));
  const title = editing?.type
    ? t('regulationEdit.type.editTitle', { code: editing.type.code })
    : t('regulationEdit.type.addTitle');
  return (
    <Stack>
      <SimpleTable
        caption={t('regulationEdit.type.caption')}
        columns={columns}
        rows={types}
        rowKey={(d) => d.code}
        emptyText={t('regulationAdmin.types.empty')}
        testId="draft-types-table"
      />
      <Group>
        <Button variant="default" onClick={() => setEditing({ type: null })}>
          {t('regulationEdit.type.add')}
        </Button>
      </Group>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={title} size="lg">
        {editing ? (
          <DocumentTypeForm
            packId={packId}
            type={editing.type}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              notifySuccess(t('regulationEdit.type.saved'));
              setEditing(null);
              onSaved();
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
