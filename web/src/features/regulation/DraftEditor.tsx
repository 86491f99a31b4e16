import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ActivateDraft } from './ActivateDraft.tsx';
import { DraftDocumentTypes } from './DraftDocumentTypes.tsx';
import { InstructionsForm } from './InstructionsForm.tsx';
import { LabelsForm } from './LabelsForm.tsx';
import { createDraftPack, fetchPack, type PackSummaryView, type RegulationView, regulationKeys } from './regulation.api.ts';

/** No draft yet: explains that edits go into a new version, and makes one from the active pack. */
function NoDraft({ activeVersion, onCreated }: { activeVersion: number; onCreated: () => void }) {
  const { t } = useTranslation();
  const creating = useMutation({ mutationFn: createDraftPack, onSuccess: onCreated });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text>{t('regulationEdit.noDraft', { version: activeVersion })}</Text>
        <ErrorAlert error={creating.error} />
        <Group>
          <Button onClick={() => creating.mutate()} loading={creating.isPending}>
            {t('regulationEdit.createDraft')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The draft being edited: document types, labels, instructions, and activation. */
function DraftSections({
  draft,
  activeVersion,
  refresh,
}: {
  draft: PackSummaryView;
  activeVersion: number;
  refresh: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: regulationKeys.pack(draft.id), queryFn: () => fetchPack(draft.id) });
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <PageLoader />;
  const pack = query.data;
  return (
    <Stack gap="lg">
      <Alert color="yellow" variant="light" data-testid="draft-banner">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Badge color="yellow">{t('regulationEdit.draftBadge', { version: draft.version })}</Badge>
            <Badge color="green" variant="outline">
              {t('regulationEdit.activeBadge', { version: activeVersion })}
            </Badge>
            <Text size="sm">{t('regulationEdit.draftHint')}</Text>
          </Group>
          <ActivateDraft draft={draft} activeVersion={activeVersion} onActivated={refresh} />
        </Group>
      </Alert>
      <Section title={t('regulationAdmin.tabs.types')}>
        <DraftDocumentTypes packId={draft.id} types={pack.documentTypes} onSaved={refresh} />
      </Section>
      <Section title={t('regulationEdit.labels.title')}>
        <LabelsForm key={JSON.stringify(pack.labels)} packId={draft.id} labels={pack.labels} onSaved={refresh} />
      </Section>
      <Section title={t('regulationAdmin.labels.instructionsCaption')}>
        <InstructionsForm
          key={JSON.stringify(pack.instructions)}
          packId={draft.id}
          instructions={pack.instructions}
          onSaved={refresh}
        />
      </Section>
    </Stack>
  );
}

/** Tab "Draf": makes a new version from the active pack, edits it, then activates it. */
export function DraftEditor({ regulation }: { regulation: RegulationView }) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: regulationKeys.all });
  if (!regulation.draft) return <NoDraft activeVersion={regulation.pack.version} onCreated={refresh} />;
  return <DraftSections draft={regulation.draft} activeVersion={regulation.pack.version} refresh={refresh} />;
}
