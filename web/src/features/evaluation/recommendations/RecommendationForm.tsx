import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { PositionSelect } from '../../eoffice/outgoing/positions.tsx';
import { bodyFieldError, FormError } from '../../esakip/form-errors.tsx';
import { addRecommendation, type RecommendationView, updateRecommendation } from './recommendations.api.ts';

const K = 'evaluationRecommendations';
const SHOWN = ['text', 'criterionId', 'componentId', 'personInCharge.positionId', 'deadline'];

/** Add (no `current`) or edit a recommendation: text, optional criterion/component, responsible position, deadline. */
export function RecommendationForm({
  evaluationId,
  current,
  onDone,
}: {
  evaluationId: string;
  current?: RecommendationView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(current?.text ?? '');
  const [criterionId, setCriterionId] = useState(current?.criterionId ?? '');
  const [componentId, setComponentId] = useState(current?.componentId ?? '');
  const [positionId, setPositionId] = useState(current?.personInCharge.kind === 'position' ? current.personInCharge.id : '');
  const [deadline, setDeadline] = useState(current?.deadline ?? '');
  const save = useMutation({
    mutationFn: () => {
      const input = {
        ...{ text, criterionId: criterionId.trim() || null, componentId: componentId.trim() || null, deadline },
        personInCharge: { kind: 'position' as const, positionId },
      };
      return current
        ? updateRecommendation(current.id, { ...input, version: current.version })
        : addRecommendation(evaluationId, input);
    },
    onSuccess: () => {
      notifySuccess(t(`${K}.saved`));
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (field: string) => bodyFieldError(save.error, field);
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Textarea
          label={t(`${K}.form.text`)}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={2000}
          error={err('text')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t(`${K}.form.criterionId`)}
            value={criterionId}
            onChange={(e) => setCriterionId(e.currentTarget.value)}
            maxLength={40}
            error={err('criterionId')}
          />
          <TextInput
            label={t(`${K}.form.componentId`)}
            value={componentId}
            onChange={(e) => setComponentId(e.currentTarget.value)}
            maxLength={40}
            error={err('componentId')}
          />
        </Group>
        <PositionSelect
          label={t(`${K}.form.position`)}
          value={positionId}
          onChange={setPositionId}
          required
          error={err('personInCharge.positionId')}
        />
        <TextInput
          type="date"
          label={t(`${K}.form.deadline`)}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          required
          error={err('deadline')}
        />
        <FormError error={save.error} shown={SHOWN} />
        <Group>
          <Button type="submit" size="xs" loading={save.isPending} disabled={!text.trim() || !positionId || !deadline}>
            {t(`${K}.form.save`)}
          </Button>
          <Button size="xs" variant="subtle" onClick={onDone}>
            {t(`${K}.form.cancel`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
