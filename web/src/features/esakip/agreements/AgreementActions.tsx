import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgreementView, agreementPdfUrl } from './agreements.api.ts';
import { DeleteDialog, GenerateDialog, ReviseDialog } from './LifecycleDialogs.tsx';
import { SignAgreementDialog } from './SignAgreementDialog.tsx';
import { useMayPrepare } from './use-may-prepare.ts';

type Dialog = 'generate' | 'sign' | 'revise' | 'delete';

/** Which lifecycle buttons show: preparing ones for a preparer in the right state, signing only on my turn. */
export function availableActions(pk: Pick<AgreementView, 'status' | 'documentId' | 'mySignatureDue'>, mayPrepare: boolean) {
  return {
    generate: mayPrepare && pk.status === 'draft',
    sign: pk.status === 'signing' && pk.mySignatureDue,
    viewPdf: pk.documentId !== null,
    revise: mayPrepare && pk.status === 'signed',
    delete: mayPrepare && pk.status === 'draft',
  };
}

/** The lifecycle buttons (generate, sign when it is my turn, PDF, revise, delete) and their dialogs. */
export function AgreementActions({
  agreement,
  onOpen,
  onDeleted,
}: {
  agreement: AgreementView;
  onOpen: (id: string) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const can = availableActions(agreement, useMayPrepare());
  const close = () => setDialog(null);
  return (
    <>
      <Group gap="xs" wrap="wrap" data-testid="agreement-actions">
        {can.sign ? <Button onClick={() => setDialog('sign')}>{t('esakipPk.actions.sign')}</Button> : null}
        {can.generate ? <Button onClick={() => setDialog('generate')}>{t('esakipPk.actions.generate')}</Button> : null}
        {can.viewPdf ? (
          <Button component="a" variant="default" href={agreementPdfUrl(agreement.id)} target="_blank" rel="noopener">
            {t('esakipPk.actions.viewPdf')}
          </Button>
        ) : null}
        {can.revise ? (
          <Button variant="default" onClick={() => setDialog('revise')}>
            {t('esakipPk.actions.revise')}
          </Button>
        ) : null}
        {can.delete ? (
          <Button variant="subtle" color="red" onClick={() => setDialog('delete')}>
            {t('esakipPk.actions.delete')}
          </Button>
        ) : null}
      </Group>
      {dialog === 'sign' ? <SignAgreementDialog agreement={agreement} onClose={close} /> : null}
      {dialog === 'generate' ? <GenerateDialog agreement={agreement} onClose={close} /> : null}
      {dialog === 'revise' ? (
        <ReviseDialog
          agreement={agreement}
          onClose={close}
          onRevised={(id) => {
            close();
            onOpen(id);
          }}
        />
      ) : null}
      {dialog === 'delete' ? <DeleteDialog agreement={agreement} onClose={close} onDeleted={onDeleted} /> : null}
    </>
  );
}
