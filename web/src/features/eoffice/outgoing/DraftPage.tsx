import { Alert, Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { DraftActions } from './DraftActions.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { StepsTable, VersionsPanel } from './DraftProgress.tsx';
import { type DraftView, fetchDraft, outgoingKeys } from './outgoing.api.ts';
import { draftFromView, emptyOutgoingDraft, statusColor } from './outgoing-draft.ts';
import { usePositions } from './positions.tsx';

/** Whether the number is reserved (approved, not signed), final (signed) or voided (cancelled). */
export function numberState(status: string): 'reserved' | 'final' | 'voided' | null {
  if (status === 'siap_tte') return 'reserved';
  if (status === 'ditandatangani' || status === 'terkirim') return 'final';
  if (status === 'dibatalkan') return 'voided';
  return null;
}

/** The draft's facts: status, number, type, signer, addressees and the paraf chain. */
export function DraftSummary({ draft }: { draft: DraftView }) {
  const { t } = useTranslation();
  const { labelOf } = usePositions();
  const state = numberState(draft.status);
  const a = draft.addressees;
  const addressees = [
    ...a.positions.map((p) => `${labelOf(p.positionId)} (${t(`outgoing.role.${p.role}`)})`),
    ...a.regencies.map((r) => `${t('outgoing.regencyLabel', { code: r.tenant })} (${t(`outgoing.role.${r.role}`)})`),
    ...a.external.map((e) => `${e.name} <${e.email}>`),
  ];
  const rows: [string, string][] = [
    [t('outgoing.typeShort'), draft.typeCode],
    [t('eoffice.register.kka'), draft.kka],
    [t('eoffice.register.security'), t(`eoffice.security.${draft.security}`)],
    [t('eoffice.register.urgency'), t(`eoffice.urgency.${draft.urgency}`)],
    [t('outgoing.signer'), labelOf(draft.signerPositionId)],
    [t('outgoing.addressees'), addressees.join('; ')],
    [t('outgoing.parafChain'), draft.parafChain.map(labelOf).join(' → ') || '—'],
  ];
  return (
    <Card withBorder>
      <Group gap="xs" mb="xs" wrap="wrap">
        <Badge color={statusColor(draft.status)} data-testid="draft-status">
          {t(`outgoing.status.${draft.status}`)}
        </Badge>
        <Text data-testid="draft-number" fw={600}>
          {draft.number ? `${t('outgoing.number')}: ${draft.number}` : t('outgoing.noNumber')}
          {draft.number && state ? ` (${t(`outgoing.numberState.${state}`)})` : ''}
        </Text>
        <Text c="dimmed">{t('outgoing.versionN', { n: draft.version })}</Text>
      </Group>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="30%" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {draft.letterId ? (
        <Anchor component={Link} to={`/e-office/surat/${draft.letterId}`} data-testid="signed-letter-link">
          {t('outgoing.openSignedLetter')}
        </Anchor>
      ) : null}
    </Card>
  );
}

function ExistingDraft({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: outgoingKeys.draft(draftId), queryFn: () => fetchDraft(draftId) });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const draft = query.data;
  return (
    <Stack>
      <PageHeader title={draft.hal} description={t('outgoing.pageDescription')} />
      {draft.status === 'dibatalkan' ? <Alert color="red">{t('outgoing.cancelledNotice')}</Alert> : null}
      <DraftSummary draft={draft} />
      {editing ? (
        <DraftEditor
          initial={draftFromView(draft)}
          existing={{ id: draft.id, version: draft.version }}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: outgoingKeys.draft(draftId) });
          }}
        />
      ) : (
        <DraftActions draft={draft} onRevise={() => setEditing(true)} />
      )}
      <Title order={2} size="h4">
        {t('outgoing.steps')}
      </Title>
      <StepsTable draft={draft} />
      <VersionsPanel key={draft.version} draft={draft} />
    </Stack>
  );
}

/** `/e-office/konsep/:draftId` (or `baru`): the outgoing letter's editor, approval progress and actions. */
export function DraftPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { draftId = 'baru' } = useParams();
  if (draftId !== 'baru') return <ExistingDraft key={draftId} draftId={draftId} />;
  return (
    <Stack>
      <PageHeader title={t('outgoing.newTitle')} description={t('outgoing.newDescription')} />
      <DraftEditor
        initial={emptyOutgoingDraft()}
        onSaved={(state) => navigate(`/e-office/konsep/${state.id}`)}
        onCancel={() => navigate('/e-office?tab=konsep')}
      />
    </Stack>
  );
}
