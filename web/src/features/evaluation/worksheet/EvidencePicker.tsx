import { Button, Checkbox, Group, Loader, Modal, NativeSelect, ScrollArea, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import type { EvidenceLink } from '../evaluation.api.ts';
import { EvidenceUploads } from './EvidenceUploads.tsx';
import {
  type EvidenceScope,
  fetchEvidenceOptions,
  matchingOptions,
  PICKABLE_KINDS,
  type PickableKind,
  sameLink,
} from './evidence-options.ts';

/** The contract's limit of evidence links per answer. */
const MAX_EVIDENCE = 20;

interface EvidencePickerProps {
  criterionId: string;
  scope: EvidenceScope;
  /** The criterion's evidence as the user now sees it (stored or unsaved). */
  evidence: EvidenceLink[];
  /** Called with the new evidence list; it becomes the criterion's unsaved change. */
  onChange: (evidence: EvidenceLink[]) => void;
}

/** The records of one kind as a labelled search and a list of checkboxes; checking adds, unchecking removes. */
function OptionList({ kind, scope, evidence, onChange }: Omit<EvidencePickerProps, 'criterionId'> & { kind: PickableKind }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const listId = useId();
  const options = useQuery({
    queryKey: ['evaluation', 'evidence-options', kind, scope.unitId, scope.year],
    queryFn: () => fetchEvidenceOptions(kind, scope),
  });
  const shown = matchingOptions(options.data ?? [], search);
  const full = evidence.length >= MAX_EVIDENCE;
  const toggle = (option: EvidenceLink, checked: boolean) =>
    onChange(checked ? [...evidence, option] : evidence.filter((e) => !sameLink(e, option)));
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('evaluationEvidence.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        aria-controls={listId}
      />
      <ErrorAlert error={options.error} />
      {options.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {options.isSuccess && shown.length === 0 ? <Text size="sm">{t('evaluationEvidence.none')}</Text> : null}
      <ScrollArea.Autosize mah={360}>
        <Stack gap={6} id={listId} role="group" aria-label={t(`evaluation.evidenceKind.${kind}`)}>
          {shown.map((option) => {
            const checked = evidence.some((e) => sameLink(e, option));
            return (
              <Checkbox
                key={option.id}
                label={option.label}
                checked={checked}
                disabled={!checked && full}
                data-evidence-option={option.id}
                onChange={(e) => toggle(option, e.currentTarget.checked)}
              />
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
      {full ? (
        <Text size="sm" c="orange.8">
          {t('evaluationEvidence.full', { count: MAX_EVIDENCE })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The records of a chosen kind already in Pamong, to link to the criterion. */
function PickRecords({ scope, evidence, onChange }: Omit<EvidencePickerProps, 'criterionId'>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PickableKind>('agreement');
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('evaluationEvidence.hint')}
      </Text>
      <NativeSelect
        label={t('evaluationEvidence.kind')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as PickableKind)}
        data={PICKABLE_KINDS.map((k) => ({ value: k, label: t(`evaluation.evidenceKind.${k}`) }))}
      />
      <OptionList key={kind} kind={kind} scope={scope} evidence={evidence} onChange={onChange} />
    </Stack>
  );
}

/**
 * "Tambah bukti dukung": a dialog to link a criterion to a PK, plan, realisasi or naskah already in Pamong, or (tab
 * "Unggah berkas", when the evaluation is known) to upload a PDF, JPEG or PNG as its evidence.
 */
export function EvidencePicker({ criterionId, scope, evidence, onChange }: EvidencePickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Group>
        <Button variant="light" size="compact-sm" onClick={() => setOpen(true)} data-add-evidence={criterionId}>
          {t('evaluationEvidence.open')}
        </Button>
      </Group>
      {open ? (
        <Modal
          opened
          onClose={() => setOpen(false)}
          title={t('evaluationEvidence.title', { id: criterionId })}
          size="lg"
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <Stack gap="sm">
            {scope.id ? (
              <Tabs defaultValue="pick" keepMounted={false}>
                <Tabs.List grow>
                  <Tabs.Tab value="pick">{t('evaluationEvidence.tabs.pick')}</Tabs.Tab>
                  <Tabs.Tab value="upload">{t('evaluationEvidence.tabs.upload')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="pick" pt="sm">
                  <PickRecords scope={scope} evidence={evidence} onChange={onChange} />
                </Tabs.Panel>
                <Tabs.Panel value="upload" pt="sm">
                  <EvidenceUploads evaluationId={scope.id} criterionId={criterionId} />
                </Tabs.Panel>
              </Tabs>
            ) : (
              <PickRecords scope={scope} evidence={evidence} onChange={onChange} />
            )}
            <Group justify="flex-end">
              <Button onClick={() => setOpen(false)}>{t('evaluationEvidence.done')}</Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </>
  );
}
