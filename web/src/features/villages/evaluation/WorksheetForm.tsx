import { Alert, Badge, Button, Card, Group, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { BandBadge } from './BandBadge.tsx';
import {
  createEvaluation,
  evaluationKeys,
  fetchEvaluation,
  fetchEvaluationList,
  finaliseEvaluation,
  prefillEvaluation,
  saveAnswers,
  type VillageEvaluationView,
} from './village-evaluation.api.ts';

type Criterion = VillageEvaluationView['template']['components'][number]['subComponents'][number]['criteria'][number];

/** The options a criterion allows (the engine's Y/T and A–E, or the worksheet's own list). */
export function criterionOptions(c: Criterion, yes: string, no: string): { code: string; label: string }[] {
  if (c.answerType === 'yt')
    return [
      { code: 'Y', label: yes },
      { code: 'T', label: no },
    ];
  if (c.answerType === 'abcde') return ['A', 'B', 'C', 'D', 'E'].map((code) => ({ code, label: code }));
  return c.answerType.options.map((o) => ({ code: o.code, label: o.label }));
}

/** "Dari data Pamong" with the fact a pre-answer came from (as the radio group's description, so it is read out). */
function PrefilledNote({ criterionId, source }: { criterionId: string; source: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge component="span" size="xs" variant="light" color="teal" data-prefilled={criterionId}>
        {t('villagesEvaluation.form.prefilled')}
      </Badge>{' '}
      <span>{t(`villagesEvaluation.form.prefillSource.${source}`, { defaultValue: source })}</span>
    </>
  );
}

/** The worksheet of one evaluation: labelled radios per criterion, save, fill from data, finalise; read-only once final. */
export function EvaluationForm({ view }: { view: VillageEvaluationView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const refresh = (saved: VillageEvaluationView) => {
    client.setQueryData(evaluationKeys.one(saved.id), saved);
    setDraft({});
    void client.invalidateQueries({ queryKey: evaluationKeys.all });
  };
  const save = useMutation({
    mutationFn: () =>
      saveAnswers(view.id, {
        answers: Object.fromEntries(
          Object.entries(draft).map(([id, answer]) => [id, { answer, note: view.answers[id]?.note ?? null }]),
        ),
        version: view.version,
      }),
    onSuccess: refresh,
  });
  const finalise = useMutation({ mutationFn: () => finaliseEvaluation(view.id, view.version), onSuccess: refresh });
  const prefill = useMutation({ mutationFn: () => prefillEvaluation(view.id, view.version), onSuccess: refresh });
  const dirty = Object.keys(draft).length > 0;
  return (
    <Stack gap="md">
      <Group gap="sm" role="status">
        <Text fw={700}>{t('villagesEvaluation.form.total', { total: view.final?.total ?? view.score.total })}</Text>
        <BandBadge bands={[view.band]} code={view.band.code} label={view.band.label} />
        <Text size="sm" c="dimmed">
          {t(`villagesEvaluation.status.${view.status}`)}
        </Text>
      </Group>
      {view.template.components.map((comp) => (
        <Stack key={comp.id} gap="sm" component="section" aria-label={comp.name}>
          <Title order={3} size="h5">{`${comp.id}. ${comp.name} (${comp.weight})`}</Title>
          {comp.subComponents.flatMap((sub) =>
            sub.criteria.map((c) => {
              const source = draft[c.id] === undefined ? view.answers[c.id]?.prefilledFrom : null;
              return (
                <Radio.Group
                  key={c.id}
                  label={`${c.id} ${c.text}`}
                  description={source ? <PrefilledNote criterionId={c.id} source={source} /> : undefined}
                  value={draft[c.id] ?? view.answers[c.id]?.answer ?? ''}
                  onChange={(value) => setDraft((d) => ({ ...d, [c.id]: value }))}
                  readOnly={!view.canEdit}
                >
                  <Group gap="md" mt={6} wrap="wrap">
                    {criterionOptions(c, t('villagesEvaluation.form.yes'), t('villagesEvaluation.form.no')).map((o) => (
                      <Radio key={o.code} value={o.code} label={o.label} disabled={!view.canEdit} />
                    ))}
                  </Group>
                </Radio.Group>
              );
            }),
          )}
        </Stack>
      ))}
      {view.canEdit && view.blockers.violations.length > 0 ? (
        <Alert color="orange" title={t('villagesEvaluation.form.violations')}>
          {view.blockers.violations.map((v) => `${v.criterionId}: ${v.message}`).join(' · ')}
        </Alert>
      ) : null}
      <ErrorAlert error={save.error ?? prefill.error ?? finalise.error} />
      {view.canEdit ? (
        <Group wrap="wrap">
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty} size="md">
            {t('villagesEvaluation.form.save')}
          </Button>
          <Button variant="default" onClick={() => prefill.mutate()} loading={prefill.isPending} disabled={dirty} size="md">
            {t('villagesEvaluation.form.prefill')}
          </Button>
          <Button variant="light" onClick={() => finalise.mutate()} loading={finalise.isPending} disabled={dirty} size="md">
            {t('villagesEvaluation.form.finalise')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('villagesEvaluation.form.unanswered', { count: view.blockers.unanswered.length })}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Choose a desa of the year; open its evaluation or start one (DPMD). */
export function WorksheetForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [regionId, setRegionId] = useState('');
  const list = useQuery({ queryKey: evaluationKeys.list(year), queryFn: () => fetchEvaluationList(year) });
  const chosen = list.data?.items.find((i) => i.regionId === regionId);
  const evaluationId = chosen?.evaluation?.id ?? null;
  const one = useQuery({
    queryKey: evaluationKeys.one(evaluationId ?? ''),
    queryFn: () => fetchEvaluation(evaluationId!),
    enabled: evaluationId !== null,
  });
  const start = useMutation({
    mutationFn: () => createEvaluation(regionId, year),
    onSuccess: () => void client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesEvaluation.form.title', { year })}
        </Title>
        <NativeSelect
          label={t('villagesEvaluation.form.desa')}
          data={[
            { value: '', label: t('villagesEvaluation.form.chooseDesa') },
            ...(list.data?.items ?? []).map((i) => ({ value: i.regionId, label: `${i.name} — ${i.kecamatanName ?? ''}` })),
          ]}
          value={regionId}
          onChange={(e) => setRegionId(e.currentTarget.value)}
        />
        <ErrorAlert error={list.error ?? one.error ?? start.error} />
        {chosen && !chosen.evaluation ? (
          list.data?.canEvaluate ? (
            <Group>
              <Button onClick={() => start.mutate()} loading={start.isPending} size="md">
                {t('villagesEvaluation.form.start')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('villagesEvaluation.form.notStarted')}
            </Text>
          )
        ) : null}
        {one.data ? <EvaluationForm key={`${one.data.id}-${one.data.version}`} view={one.data} /> : null}
      </Stack>
    </Card>
  );
}
