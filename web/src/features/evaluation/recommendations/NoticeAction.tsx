import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../app/notify.ts';
import { FormError } from '../../esakip/form-errors.tsx';
import { type RecommendationView, sendRecommendationNotice } from './recommendations.api.ts';

const K = 'evaluationRecommendations';

/** The e-Office side of a recommendation: the nota dinas it was sent as, or the button that drafts it (evaluator). */
export function NoticeAction({ item, onChanged }: { item: RecommendationView; onChanged: () => void }) {
  const { t } = useTranslation();
  const send = useMutation({
    mutationFn: () => sendRecommendationNotice(item.id),
    onSuccess: () => {
      notifySuccess(t(`${K}.notice.sent`));
      onChanged();
    },
  });
  if (item.noticeDraftId)
    return (
      <Text size="sm">
        {t(`${K}.notice.drafted`)}{' '}
        <Anchor component={Link} to={`/e-office/konsep/${item.noticeDraftId}`}>
          {t(`${K}.notice.open`)}
        </Anchor>
      </Text>
    );
  if (!item.may.sendNotice) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => send.mutate()} loading={send.isPending}>
          {t(`${K}.notice.send`)}
        </Button>
        <Text size="xs" c="dimmed">
          {t(`${K}.notice.hint`)}
        </Text>
      </Group>
      <FormError error={send.error} />
    </Stack>
  );
}
