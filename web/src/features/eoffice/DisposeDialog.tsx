import { Button, Checkbox, Group, Modal, MultiSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { dateInWib } from '../verification/verification-format.ts';
import { type DisposeDraft, disposeProblems, draftToDisposeBody, emptyDisposeDraft } from './dispose-draft.ts';
import { type DisposeBody, eofficeKeys, fetchRegulation, fetchUnits } from './eoffice.api.ts';
import { positionOptions } from './Pickers.tsx';

interface DisposeDialogProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  /** Sends the batch (dispose the letter, or forward a disposition). */
  send: (body: DisposeBody) => Promise<unknown>;
  /** Called after a successful send (e.g. refresh the tracking tree). */
  onSent: () => void;
  /** Called on an error, so a 409 (stale version) can refresh the page. */
  onFailed?: (error: unknown) => void;
}

/** Recipients as a multi-select with the leading one chosen by radio when there are several. */
function RecipientFields({ draft, setDraft, errorOf }: FormProps) {
  const { t } = useTranslation();
  const units = useQuery({ queryKey: eofficeKeys.units, queryFn: fetchUnits, staleTime: 5 * 60_000 });
  const options = positionOptions(units.data ?? [], t('eoffice.dispose.vacant'));
  const labelOf = (id: string) => options.flatMap((g) => g.items).find((o) => o.value === id)?.label ?? id;
  return (
    <>
      <MultiSelect
        label={t('eoffice.dispose.recipients')}
        placeholder={t('eoffice.dispose.recipientsPlaceholder')}
        data={options}
        value={draft.positionIds}
        onChange={(positionIds) => setDraft({ ...draft, positionIds })}
        searchable
        required
        error={errorOf('recipients')}
        comboboxProps={{ withinPortal: true }}
      />
      {draft.positionIds.length > 1 ? (
        <Radio.Group
          label={t('eoffice.dispose.leading')}
          description={t('eoffice.dispose.leadingHint')}
          value={draft.leadingId}
          onChange={(leadingId) => setDraft({ ...draft, leadingId })}
          error={errorOf('leading')}
          required
        >
          <Stack gap={6} mt={6}>
            {draft.positionIds.map((id) => (
              <Radio key={id} value={id} label={labelOf(id)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
    </>
  );
}

interface FormProps {
  draft: DisposeDraft;
  setDraft: (d: DisposeDraft) => void;
  errorOf: (field: 'recipients' | 'leading' | 'deadline') => string | undefined;
}

function InstructionFields({ draft, setDraft, errorOf }: FormProps) {
  const { t } = useTranslation();
  const regulation = useQuery({ queryKey: eofficeKeys.regulation, queryFn: fetchRegulation, staleTime: 10 * 60_000 });
  const today = dateInWib(new Date());
  return (
    <>
      <Checkbox.Group
        label={t('eoffice.dispose.instructions')}
        value={draft.instructions}
        onChange={(instructions) => setDraft({ ...draft, instructions })}
      >
        <Group gap="sm" mt={6}>
          {(regulation.data?.instructions ?? []).map((i) => (
            <Checkbox key={i.code} value={i.code} label={i.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('eoffice.dispose.note')}
        value={draft.note}
        onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={2000}
      />
      <TextInput
        label={t('eoffice.dispose.deadline')}
        description={t('eoffice.dispose.deadlineHint')}
        type="date"
        min={today}
        value={draft.deadline}
        onChange={(e) => setDraft({ ...draft, deadline: e.currentTarget.value })}
        error={errorOf('deadline')}
      />
    </>
  );
}

/** "Disposisikan" / "Teruskan": recipients (one leading when several), instructions, note and deadline. */
export function DisposeDialog({ opened, title, onClose, send, onSent, onFailed }: DisposeDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DisposeDraft>(emptyDisposeDraft);
  const [problems, setProblems] = useState<ReturnType<typeof disposeProblems>>([]);
  const sending = useMutation({
    mutationFn: (body: DisposeBody) => send(body),
    onSuccess: () => {
      notifySuccess(t('eoffice.dispose.sent', { count: draft.positionIds.length }));
      setDraft(emptyDisposeDraft());
      onSent();
      onClose();
    },
    onError: onFailed,
  });
  const errorOf = (field: 'recipients' | 'leading' | 'deadline') => {
    const local = problems.find((p) => p.field === field);
    if (local) return t(local.key);
    return field === 'recipients'
      ? fieldError(sending.error, 'body.to')
      : field === 'deadline'
        ? fieldError(sending.error, 'body.deadline')
        : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = disposeProblems(draft, dateInWib(new Date()));
    setProblems(found);
    if (found.length === 0) sending.mutate(draftToDisposeBody(draft));
  };
  const fields = { draft, setDraft, errorOf };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <RecipientFields {...fields} />
          <InstructionFields {...fields} />
          <ErrorAlert error={problems.length === 0 ? sending.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={sending.isPending}>
              {t('eoffice.dispose.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
