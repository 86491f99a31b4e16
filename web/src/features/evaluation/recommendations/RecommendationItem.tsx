import { Anchor, Badge, Button, Group, List, Paper, Progress, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { notifySuccess } from '../../../app/notify.ts';
import { FormError } from '../../esakip/form-errors.tsx';
import { FollowupForm } from './FollowupForm.tsx';
import { NoticeAction } from './NoticeAction.tsx';
import { RecommendationForm } from './RecommendationForm.tsx';
import {
  confirmRecommendation,
  followupFileHref,
  type RecommendationView,
  removeRecommendation,
  reopenRecommendation,
} from './recommendations.api.ts';

const K = 'evaluationRecommendations';
const STATUS_COLOR = { open: 'gray', in_progress: 'blue', done: 'green' } as const;

/** A YYYY-MM-DD date in the UI language. */
export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function Followups({ item }: { item: RecommendationView }) {
  const { t } = useTranslation();
  if (item.followups.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t(`${K}.followup.none`)}
      </Text>
    );
  return (
    <List size="sm" spacing={4} aria-label={t(`${K}.followup.title`)}>
      {item.followups.map((f) => (
        <List.Item key={f.id}>
          <Text size="sm" fw={500}>
            {t(`${K}.followup.entry`, { date: formatDay(f.date), progress: f.progress, by: f.enteredBy ?? '-' })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {f.note}
          </Text>
          <Group gap="xs">
            {f.evidence.map((e) => (
              <Anchor
                key={e.fileId}
                size="sm"
                href={followupFileHref(f.id, e.fileId)}
                download={e.fileName}
                style={{ wordBreak: 'break-word' }}
              >
                {e.fileName}
              </Anchor>
            ))}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function EvaluatorActions({ item, onChanged }: { item: RecommendationView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: (kind: 'remove' | 'confirm' | 'reopen'): Promise<unknown> =>
      kind === 'remove'
        ? removeRecommendation(item.id, item.version)
        : kind === 'confirm'
          ? confirmRecommendation(item.id, item.version)
          : reopenRecommendation(item.id, item.version, reason),
    onSuccess: (_, kind) => {
      if (kind === 'remove') notifySuccess(t(`${K}.removed`));
      onChanged();
    },
  });
  if (!item.may.remove && !item.may.confirm && !item.may.reopen) return null;
  return (
    <Stack gap="xs">
      {item.may.reopen ? (
        <Textarea
          label={t(`${K}.reopenReason`)}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          maxLength={1000}
        />
      ) : null}
      <Group gap="xs">
        {item.may.confirm ? (
          <Button size="xs" color="green" variant="light" onClick={() => act.mutate('confirm')} loading={act.isPending}>
            {t(`${K}.confirm`)}
          </Button>
        ) : null}
        {item.may.reopen ? (
          <Button
            size="xs"
            variant="light"
            disabled={!reason.trim()}
            onClick={() => act.mutate('reopen')}
            loading={act.isPending}
          >
            {t(`${K}.reopen`)}
          </Button>
        ) : null}
        {item.may.remove ? (
          <Button size="xs" color="red" variant="subtle" onClick={() => act.mutate('remove')} loading={act.isPending}>
            {t(`${K}.remove`)}
          </Button>
        ) : null}
      </Group>
      <FormError error={act.error} />
    </Stack>
  );
}

/** One recommendation: status, deadline (red when overdue), progress bar, follow-up and the actions the user may take. */
export function RecommendationItem({
  item,
  evaluationId,
  today,
  onChanged,
}: {
  item: RecommendationView;
  evaluationId: string;
  today: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [following, setFollowing] = useState(false);
  const pic = [item.personInCharge.name, item.personInCharge.unitName].filter(Boolean).join(' — ');
  const ref = item.criterionId ?? item.componentId;
  if (editing)
    return (
      <RecommendationForm
        evaluationId={evaluationId}
        current={item}
        onDone={() => {
          setEditing(false);
          onChanged();
        }}
      />
    );
  return (
    <Paper withBorder p="sm" component="article" aria-label={item.text.slice(0, 80)}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Text style={{ whiteSpace: 'pre-wrap', flex: 1, minWidth: 200 }}>{item.text}</Text>
          <Group gap={4}>
            <Badge color={STATUS_COLOR[item.status]}>{t(`${K}.status.${item.status}`)}</Badge>
            {item.confirmedAt ? (
              <Badge color="teal" variant="outline">
                {t(`${K}.confirmed`)}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">{t(`${K}.personInCharge`, { name: pic || '-' })}</Text>
        {ref ? (
          <Text size="sm" c="dimmed">
            {t(`${K}.reference`, { ref })}
          </Text>
        ) : null}
        <Text
          size="sm"
          c={item.overdue ? 'red' : undefined}
          fw={item.overdue ? 600 : undefined}
          data-overdue={item.overdue || undefined}
        >
          {t(`${K}.deadline`, { date: formatDay(item.deadline) })}
          {item.overdue ? ` · ${t(`${K}.overdue`, { count: item.daysLate })}` : ''}
        </Text>
        <Progress
          value={item.progress}
          color={item.status === 'done' ? 'green' : item.overdue ? 'red' : 'blue'}
          aria-label={t(`${K}.progress`, { value: item.progress })}
        />
        <Text size="xs" c="dimmed">
          {t(`${K}.progress`, { value: item.progress })}
        </Text>
        <Followups item={item} />
        {item.may.followUp ? (
          following ? (
            <FollowupForm
              recommendation={item}
              today={today}
              onDone={() => {
                setFollowing(false);
                onChanged();
              }}
            />
          ) : (
            <Group>
              <Button size="xs" variant="light" onClick={() => setFollowing(true)}>
                {t(`${K}.followup.add`)}
              </Button>
            </Group>
          )
        ) : null}
        {item.may.edit ? (
          <Group>
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t(`${K}.edit`)}
            </Button>
          </Group>
        ) : null}
        <EvaluatorActions item={item} onChanged={onChanged} />
        <NoticeAction item={item} onChanged={onChanged} />
      </Stack>
    </Paper>
  );
}
