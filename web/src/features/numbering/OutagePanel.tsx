import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { dateInWib } from '../verification/verification-format.ts';
import { insertNumber, numberingKeys, recordManualNumber, type SchemeView } from './numbering.api.ts';
import { ReconcileForm } from './ReconcileForm.tsx';

/** The fields both forms share besides the sequence and the reason. */
interface NumberFormState {
  seq: number | '';
  date: string;
  text: string;
  unitCode: string;
  kka: string;
}

const emptyForm = (): NumberFormState => ({ seq: '', date: dateInWib(new Date()), text: '', unitCode: '', kka: '' });

/** A number form: sequence, date, reason/note and the optional unit and KKA; `kind` decides the request. */
function NumberForm({ kind, scheme }: { kind: 'insert' | 'manual'; scheme: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<NumberFormState>(emptyForm);
  const optional = {
    ...(form.unitCode.trim() ? { unitCode: form.unitCode.trim() } : {}),
    ...(form.kka.trim() ? { kka: form.kka.trim() } : {}),
  };
  const saving = useMutation({
    mutationFn: () =>
      kind === 'insert'
        ? insertNumber(scheme, { afterSeq: Number(form.seq), date: form.date, reason: form.text.trim(), ...optional })
        : recordManualNumber(scheme, { seq: Number(form.seq), date: form.date, note: form.text.trim(), ...optional }),
    onSuccess: () => {
      setForm(emptyForm());
      void queryClient.invalidateQueries({ queryKey: numberingKeys.all });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };
  const k = `numberingAdmin.${kind}`;
  const textField = kind === 'insert' ? 'reason' : 'note';
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t(`${k}.title`)}
          </Title>
          <Text size="sm">{t(`${k}.intro`)}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t(kind === 'insert' ? `${k}.afterSeq` : `${k}.seq`)}
              min={1}
              max={999_999}
              value={form.seq}
              onChange={(v) => setForm({ ...form, seq: v === '' ? '' : Number(v) })}
              required
              error={fieldError(saving.error, kind === 'insert' ? 'body.afterSeq' : 'body.seq')}
            />
            <TextInput
              label={t(`${k}.date`)}
              type="date"
              value={form.date}
              onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
              required
              error={fieldError(saving.error, 'body.date')}
            />
            <TextInput
              label={t('numberingAdmin.insert.unitCode')}
              value={form.unitCode}
              onChange={(e) => setForm({ ...form, unitCode: e.currentTarget.value })}
              error={fieldError(saving.error, 'body.unitCode')}
            />
            <TextInput
              label={t('numberingAdmin.insert.kka')}
              value={form.kka}
              onChange={(e) => setForm({ ...form, kka: e.currentTarget.value })}
              error={fieldError(saving.error, 'body.kka')}
            />
          </SimpleGrid>
          <Textarea
            label={t(`${k}.${textField}`)}
            description={t('numberingAdmin.register.reasonHint')}
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
            required
            autosize
            minRows={2}
            maxLength={500}
            error={fieldError(saving.error, `body.${textField}`)}
          />
          <ErrorAlert error={saving.error} />
          {saving.data ? (
            <Alert color="green" variant="light" role="status">
              {t(`${k}.created`, { number: saving.data.formatted })}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={saving.isPending} disabled={!scheme || form.seq === '' || form.text.trim().length < 5}>
              {t(`${k}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** "Sisipan & darurat": choose a scheme, then the insertion form, the manual (outage) form and reconciliation. */
export function OutagePanel({ schemes }: { schemes: SchemeView[] }) {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState(schemes[0]?.code ?? '');
  return (
    <Stack>
      <Select
        label={t('numberingAdmin.register.scheme')}
        data={schemes.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))}
        value={scheme}
        onChange={(v) => v && setScheme(v)}
        allowDeselect={false}
        maw={420}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <NumberForm key={`insert-${scheme}`} kind="insert" scheme={scheme} />
        <NumberForm key={`manual-${scheme}`} kind="manual" scheme={scheme} />
      </SimpleGrid>
      <ReconcileForm scheme={scheme} />
    </Stack>
  );
}
