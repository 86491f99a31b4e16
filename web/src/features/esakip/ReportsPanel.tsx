import { Anchor, Badge, Button, Card, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import {
  acceptLink,
  esakipKeys,
  fetchLinks,
  fetchOpds,
  fetchOrphans,
  type LinkView,
  type PeriodView,
  rejectLink,
} from './esakip.api.ts';
import { bodyFieldError, FormError } from './form-errors.tsx';
import { XlsxPanel } from './xlsx/XlsxPanel.tsx';

type OrphanNode = { id: string; document: string; kind: string; unitId: string | null; code: string | null; title: string };

/** The plan tab showing a node: its document, OPD and a search for its title. */
export const nodeHref = (n: Pick<OrphanNode, 'document' | 'unitId' | 'title'>) =>
  `/e-sakip?${new URLSearchParams({ tab: 'rencana', dokumen: n.document, unit: n.unitId ?? '', cari: n.title })}`;

function NodeLinks({ title, nodes, extra }: { title: string; nodes: OrphanNode[]; extra?: (n: OrphanNode) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('esakip.reports.noneFound')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {nodes.map((n) => (
            <List.Item key={n.id}>
              <Anchor component={Link} to={nodeHref(n)}>
                {t(`esakip.kinds.${n.kind}`)}: {n.code ? `${n.code} ` : ''}
                {n.title}
              </Anchor>
              {extra ? ` — ${extra(n)}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The orphans report: unlinked Renstra sasaran, dangling nodes, indicators without targets. */
function OrphansCard({ period }: { period: PeriodView }) {
  const { t } = useTranslation();
  const report = useQuery({ queryKey: esakipKeys.orphans(period.id), queryFn: () => fetchOrphans(period.id) });
  const data = report.data;
  return (
    <Card withBorder data-testid="orphans-report">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('esakip.reports.orphansTitle')}
        </Title>
        <ErrorAlert error={report.error} />
        {data ? (
          <>
            <NodeLinks title={t('esakip.reports.unlinked')} nodes={data.unlinkedRenstraSasaran} />
            <NodeLinks
              title={t('esakip.reports.dangling')}
              nodes={data.dangling}
              extra={(n) =>
                t('esakip.reports.expects', {
                  kind: t(`esakip.kinds.${(n as (typeof data.dangling)[number]).expectedChildKind}`),
                })
              }
            />
            <Title order={3} size="h5">
              {t('esakip.reports.withoutTargets')}
            </Title>
            {data.indicatorsWithoutTargets.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('esakip.reports.noneFound')}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {data.indicatorsWithoutTargets.map((i) => (
                  <List.Item key={i.indicatorId}>
                    {i.name} — {t('esakip.reports.missingYears', { years: i.missingYears.join(', ') })}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function RejectDialog({ link, onClose }: { link: LinkView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (l: LinkView) => rejectLink(l, reason.trim()),
    onSuccess: () => {
      notifySuccess(t('esakip.reports.rejected'));
      void queryClient.invalidateQueries({ queryKey: esakipKeys.all });
      setReason('');
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason.trim());
    if (link && reason.trim()) mutation.mutate(link);
  };
  return (
    <Modal opened={link !== null} onClose={onClose} title={t('esakip.reports.rejectTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('esakip.reports.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? t('esakip.reports.reasonRequired') : bodyFieldError(mutation.error, 'reason')}
            required
            maxLength={1000}
            rows={3}
            data-autofocus
          />
          <FormError error={mutation.error} shown={['reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending}>
              {t('esakip.reports.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Crosscutting proposals with accept/reject (the API allows it to the target OPD's planners only). */
function LinksCard({ period }: { period: PeriodView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const links = useQuery({ queryKey: esakipKeys.links(period.id), queryFn: () => fetchLinks(period.id) });
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds });
  const [rejecting, setRejecting] = useState<LinkView | null>(null);
  const accept = useMutation({
    mutationFn: acceptLink,
    onSuccess: () => {
      notifySuccess(t('esakip.reports.accepted'));
      void queryClient.invalidateQueries({ queryKey: esakipKeys.all });
    },
  });
  const unitName = (id: string | null) => opds.data?.find((u) => u.id === id)?.name ?? '—';
  const items = links.data ?? [];
  return (
    <Card withBorder data-testid="links-report">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('esakip.reports.linksTitle')}
        </Title>
        <ErrorAlert error={links.error ?? accept.error} />
        {links.data && items.length === 0 ? <Text c="dimmed">{t('esakip.reports.noLinks')}</Text> : null}
        <List spacing="xs" aria-label={t('esakip.reports.linksCaption')}>
          {items.map((link) => (
            <List.Item key={link.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm">
                  {t('esakip.reports.from')}: {unitName(link.fromUnitId)} → {t('esakip.reports.to')}: {unitName(link.toUnitId)}
                </Text>
                <Badge size="sm">{t(`esakip.reports.linkStatus.${link.status}`)}</Badge>
                {link.note ? <Text size="sm">{link.note}</Text> : null}
                {link.reason ? (
                  <Text size="sm" c="dimmed">
                    {link.reason}
                  </Text>
                ) : null}
                {link.status === 'proposed' ? (
                  <>
                    <Button size="xs" variant="light" onClick={() => accept.mutate(link)} loading={accept.isPending}>
                      {t('esakip.reports.accept')}
                    </Button>
                    <Button size="xs" variant="light" color="red" onClick={() => setRejecting(link)}>
                      {t('esakip.reports.reject')}
                    </Button>
                  </>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
      <RejectDialog link={rejecting} onClose={() => setRejecting(null)} />
    </Card>
  );
}

/** `/e-sakip?tab=laporan`: the orphans report and the crosscutting list of the active period. */
export function ReportsPanel({ period }: { period: PeriodView }) {
  return (
    <Stack gap="md">
      <OrphansCard period={period} />
      <LinksCard period={period} />
      <XlsxPanel period={period} />
    </Stack>
  );
}
