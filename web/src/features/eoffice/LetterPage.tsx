import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { notifyError } from '../../app/notify.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { WORK_QUEUES_KEY } from '../../app/work-queues.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CaseFilePanel } from '../records/CaseFilePanel.tsx';
import { ActionDialog, type SimpleAction } from './ActionDialog.tsx';
import { DisposeDialog } from './DisposeDialog.tsx';
import { actionsOffered, type DispositionAction, DispositionActions } from './DispositionActions.tsx';
import {
  type DispositionView,
  disposeLetter,
  eofficeKeys,
  fetchLetter,
  fetchMyDispositions,
  fetchTracking,
  forwardDisposition,
  type Letter,
  lembarUrl,
  openDisposition,
  scanUrl,
} from './eoffice.api.ts';
import { LetterDetails } from './LetterDetails.tsx';
import { TrackingTree } from './TrackingTree.tsx';

/** The letter, its tracking tree and my open dispositions on it; opening the page opens (reads) those. */
function useLetterData(letterId: string, canAct: boolean) {
  const queryClient = useQueryClient();
  const letter = useQuery({ queryKey: eofficeKeys.letter(letterId), queryFn: () => fetchLetter(letterId), retry: false });
  const tracking = useQuery({
    queryKey: eofficeKeys.tracking(letterId),
    queryFn: () => fetchTracking(letterId),
    enabled: letter.isSuccess,
  });
  const mine = useQuery({ queryKey: eofficeKeys.mine, queryFn: fetchMyDispositions, enabled: canAct });
  const opened = useRef(new Set<string>());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: eofficeKeys.all }),
      queryClient.invalidateQueries({ queryKey: WORK_QUEUES_KEY }),
    ]);
  // Reading the letter recorded my read receipt: the unread counters (chips, badge, inbox line) drop by one now.
  useEffect(() => {
    if (letter.isSuccess) void queryClient.invalidateQueries({ queryKey: WORK_QUEUES_KEY });
  }, [letter.isSuccess, queryClient]);
  const myOpen = (mine.data?.items ?? []).filter((d) => d.letterId === letterId);
  const unopened = myOpen.filter((d) => d.status === 'terkirim' && !opened.current.has(d.id)).map((d) => d.id);
  const unopenedKey = unopened.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per set of newly seen unread dispositions
  useEffect(() => {
    if (!unopenedKey) return;
    for (const id of unopened) opened.current.add(id);
    void Promise.allSettled(unopened.map(openDisposition)).then(refresh);
  }, [unopenedKey]);
  return { letter, tracking, myOpen, refresh };
}

/** Positions I evidently hold: those my open dispositions go to, and the kepada positions when I may dispose. */
function myPositionIds(letter: Letter | undefined, myOpen: DispositionView[]): Set<string> {
  const ids = new Set(myOpen.map((d) => d.toPosition.id));
  if (letter?.mayDispose) for (const r of letter.recipients) if (r.role === 'kepada') ids.add(r.positionId);
  return ids;
}

function LetterActions({ letter, onDispose }: { letter: Letter; onDispose: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {letter.hasScan ? (
        <Button component="a" href={scanUrl(letter.id)} target="_blank" rel="noopener" variant="default">
          {t('eoffice.letter.viewScan')}
        </Button>
      ) : null}
      <Button component="a" href={lembarUrl(letter.id)} target="_blank" rel="noopener" variant="default">
        {t('eoffice.letter.printLembar')}
      </Button>
      {onDispose ? <Button onClick={onDispose}>{t('eoffice.letter.dispose')}</Button> : null}
    </Group>
  );
}

/** `/e-office/surat/:letterId`: metadata, scan, lembar disposisi, the tracking tree and the actions I may take. */
export function LetterPage() {
  const { t } = useTranslation();
  const { letterId = '' } = useParams();
  const canAct = hasPermission(useRequiredSession(), 'correspondence.disposition.act');
  const { letter, tracking, myOpen, refresh } = useLetterData(letterId, canAct);
  const [disposing, setDisposing] = useState(false);
  const [forwarding, setForwarding] = useState<DispositionView | null>(null);
  const [acting, setActing] = useState<{ action: SimpleAction; disposition: DispositionView } | null>(null);
  const onFailed = (error: unknown) => {
    if (!(error instanceof ApiError && error.status === 409)) return;
    notifyError(error, t);
    setForwarding(null);
    setActing(null);
    void refresh();
  };
  const mineIds = new Set(myOpen.map((d) => d.id));
  const positions = myPositionIds(letter.data, myOpen);
  const pick = (action: DispositionAction, d: DispositionView) =>
    action === 'forward' ? setForwarding(d) : setActing({ action, disposition: d });
  const actionsFor = (d: DispositionView) => {
    const offered = canAct ? actionsOffered(d, mineIds.has(d.id), positions.has(d.fromPosition.id)) : [];
    return <DispositionActions disposition={d} offered={offered} onPick={pick} />;
  };

  if (letter.isPending) return <PageLoader />;
  if (!letter.data) {
    return (
      <Stack>
        <ErrorAlert error={letter.error} title={t('eoffice.letter.notFound')} />
        <Anchor component={Link} to="/e-office">
          {t('eoffice.letter.back')}
        </Anchor>
      </Stack>
    );
  }
  const data = letter.data;
  return (
    <>
      <Anchor component={Link} to="/e-office" size="sm">
        {`← ${t('eoffice.letter.back')}`}
      </Anchor>
      <PageHeader
        title={data.hal}
        description={data.agendaNumber ?? undefined}
        actions={<LetterActions letter={data} onDispose={canAct && data.mayDispose ? () => setDisposing(true) : null} />}
      />
      <Stack gap="xl">
        <LetterDetails letter={data} />
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('eoffice.tracking.title')}
          </Title>
          <ErrorAlert error={tracking.error} />
          {tracking.data ? (
            <TrackingTree dispositions={tracking.data.dispositions} actionsFor={actionsFor} mine={mineIds} />
          ) : (
            <Text c="dimmed">{t('common.loading')}</Text>
          )}
        </Stack>
        <CaseFilePanel letterId={data.id} />
      </Stack>
      <DisposeDialog
        opened={disposing}
        title={t('eoffice.dispose.title')}
        onClose={() => setDisposing(false)}
        send={(body) => disposeLetter(data.id, body)}
        onSent={refresh}
        onFailed={onFailed}
      />
      <DisposeDialog
        opened={forwarding !== null}
        title={t('eoffice.dispose.forwardTitle')}
        onClose={() => setForwarding(null)}
        send={(body) => forwardDisposition(forwarding?.id ?? '', forwarding?.version ?? 1, body)}
        onSent={refresh}
        onFailed={onFailed}
      />
      <ActionDialog
        action={acting?.action ?? null}
        disposition={acting?.disposition ?? null}
        onClose={() => setActing(null)}
        onDone={refresh}
        onFailed={onFailed}
      />
    </>
  );
}
