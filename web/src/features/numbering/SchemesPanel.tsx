import { Badge, Button, Code, Group, Modal, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldError } from '../../app/errors.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { numberingKeys, previewTemplate, type SchemeView, type UpdateSchemeInput, updateScheme } from './numbering.api.ts';

const SUFFIXES: SchemeView['insertionSuffix'][] = ['.A', 'A', '.a', 'a', '-A', '/A'];

/** The sample number of a template, asked from the server as the admin types. */
function TemplatePreview({ template }: { template: string }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(template, 300);
  const query = useQuery({
    queryKey: numberingKeys.preview(debounced),
    queryFn: () => previewTemplate(debounced),
    enabled: debounced.trim().length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const problem = query.error ? (fieldError(query.error, 'body.template') ?? errorMessage(query.error, t)) : null;
  return (
    <Stack gap={2} aria-live="polite" data-testid="template-preview">
      <Text size="sm" fw={500}>
        {t('numberingAdmin.schemes.preview')}
      </Text>
      {!debounced.trim() ? (
        <Text size="sm" c="dimmed">
          {t('numberingAdmin.schemes.previewEmpty')}
        </Text>
      ) : null}
      {problem ? (
        <Text size="sm" c="red.8">
          {problem}
        </Text>
      ) : query.data && debounced.trim() ? (
        <Code fz="md">{query.data.formatted}</Code>
      ) : null}
    </Stack>
  );
}

function EditSchemeForm({ scheme, onDone }: { scheme: SchemeView; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [input, setInput] = useState<Required<UpdateSchemeInput>>({
    name: scheme.name,
    template: scheme.template,
    counterScope: scheme.counterScope,
    insertionQuota: scheme.insertionQuota,
    insertionSuffix: scheme.insertionSuffix,
    active: scheme.active,
  });
  const saving = useMutation({
    mutationFn: () => updateScheme(scheme.code, input),
    onSuccess: () => {
      notifySuccess(t('numberingAdmin.schemes.saved'));
      void queryClient.invalidateQueries({ queryKey: numberingKeys.schemes });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('numberingAdmin.schemes.name')}
          value={input.name}
          onChange={(e) => setInput({ ...input, name: e.currentTarget.value })}
          required
          error={fieldError(saving.error, 'body.name')}
        />
        <TextInput
          label={t('numberingAdmin.schemes.template')}
          description={t('numberingAdmin.schemes.templateHint')}
          value={input.template}
          onChange={(e) => setInput({ ...input, template: e.currentTarget.value })}
          error={fieldError(saving.error, 'body.template')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
        />
        <TemplatePreview template={input.template} />
        <Select
          label={t('numberingAdmin.schemes.scope')}
          data={(['tenant', 'unit'] as const).map((s) => ({ value: s, label: t(`numberingAdmin.schemes.scopeLabel.${s}`) }))}
          value={input.counterScope}
          onChange={(s) => s && setInput({ ...input, counterScope: s as SchemeView['counterScope'] })}
          allowDeselect={false}
        />
        <Group grow>
          <NumberInput
            label={t('numberingAdmin.schemes.quota')}
            min={0}
            max={1000}
            value={input.insertionQuota}
            onChange={(v) => setInput({ ...input, insertionQuota: Number(v) || 0 })}
          />
          <Select
            label={t('numberingAdmin.schemes.suffix')}
            data={SUFFIXES}
            value={input.insertionSuffix}
            onChange={(s) => s && setInput({ ...input, insertionSuffix: s as SchemeView['insertionSuffix'] })}
            allowDeselect={false}
          />
        </Group>
        <Switch
          label={t('numberingAdmin.schemes.active')}
          checked={input.active}
          onChange={(e) => setInput({ ...input, active: e.currentTarget.checked })}
        />
        <ErrorAlert error={saving.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The schemes table; "Ubah" opens the template editor with its live preview. */
export function SchemesPanel({ schemes }: { schemes: SchemeView[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<SchemeView | null>(null);
  const columns: Column<SchemeView>[] = [
    { key: 'code', header: t('numberingAdmin.schemes.code'), rowHeader: true, render: (s) => s.code },
    { key: 'name', header: t('numberingAdmin.schemes.name'), render: (s) => s.name },
    { key: 'template', header: t('numberingAdmin.schemes.template'), render: (s) => <Code>{s.template}</Code> },
    {
      key: 'scope',
      header: t('numberingAdmin.schemes.scope'),
      render: (s) =>
        `${t(`numberingAdmin.schemes.scopeLabel.${s.counterScope}`)}${s.perJenis ? ` ${t('numberingAdmin.schemes.perJenis')}` : ''}`,
    },
    { key: 'quota', header: t('numberingAdmin.schemes.quota'), render: (s) => `${s.insertionQuota} (${s.insertionSuffix})` },
    {
      key: 'active',
      header: t('numberingAdmin.schemes.active'),
      render: (s) => (
        <Badge color={s.active ? 'green' : 'gray'} variant="light" style={{ textTransform: 'none' }}>
          {t(s.active ? 'common.yes' : 'common.no')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (s) => (
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => setEditing(s)}
          aria-label={t('numberingAdmin.schemes.editOf', { code: s.code })}
        >
          {t('numberingAdmin.schemes.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <SimpleTable
        caption={t('numberingAdmin.schemes.caption')}
        columns={columns}
        rows={schemes}
        rowKey={(s) => s.code}
        emptyText={t('numberingAdmin.schemes.empty')}
        testId="schemes-table"
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('numberingAdmin.schemes.editTitle', { code: editing.code }) : ''}
        size="lg"
      >
        {editing ? <EditSchemeForm scheme={editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
