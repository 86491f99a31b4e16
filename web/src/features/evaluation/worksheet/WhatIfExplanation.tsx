import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import type { WhatIfView } from '../evaluation.api.ts';
import { type CriterionPlace, formatScore, optionLabel } from '../evaluation-format.ts';

/** How many single steps are listed. */
const RANKED_SHOWN = 5;

type Step = WhatIfView['ranked'][number] | NonNullable<WhatIfView['nextPredikat']>['steps'][number];

/** One step in words: the criterion, from which answer to which, and the points it adds. */
function useStepText(places: Map<string, CriterionPlace>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (step: Step) => {
    const place = places.get(step.criterionId);
    const criterion = place?.criterion;
    const text = t('evaluation.whatIf.step', {
      id: step.criterionId,
      text: criterion?.text ?? '',
      from: step.from === null ? t('evaluation.whatIf.unansweredFrom') : optionLabel(criterion, step.from),
      to: optionLabel(criterion, step.to),
      gain: formatScore(step.gain, locale),
    });
    const after = 'newTotal' in step ? ` ${t('evaluation.whatIf.newTotal', { total: formatScore(step.newTotal, locale) })}` : '';
    const warning = step.breaksKerangkaLogis ? ` ${t('evaluation.whatIf.breaks')}` : '';
    return `${text}${after}${warning}`;
  };
}

/** The what-if in plain Indonesian: where the score stands, the best single steps, and the way to the next predikat. */
export function WhatIfExplanation({ whatIf, places }: { whatIf: WhatIfView; places: Map<string, CriterionPlace> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const stepText = useStepText(places);
  const { predikat, nextPredikat: plan } = whatIf;
  const ranked = whatIf.ranked.slice(0, RANKED_SHOWN);
  return (
    <Stack gap="sm" data-testid="eval-what-if">
      <Text>
        {t('evaluation.whatIf.now', {
          basis: t(`evaluation.whatIf.basisName.${whatIf.basis}`),
          total: formatScore(whatIf.total, locale),
          code: predikat.code,
          label: predikat.label,
        })}
      </Text>
      <Title order={3} size="h5">
        {t('evaluation.whatIf.nextTitle')}
      </Title>
      {plan ? (
        <Stack gap={6} data-testid="eval-what-if-plan">
          <Text>
            {t('evaluation.whatIf.goal', {
              code: plan.target.code,
              label: plan.target.label,
              lo: formatScore(plan.target.lo, locale),
              n: plan.steps.length,
            })}
          </Text>
          <List type="ordered" spacing={4}>
            {plan.steps.map((s) => (
              <List.Item key={`${s.criterionId}-${s.to}`}>{stepText(s)}</List.Item>
            ))}
          </List>
          <Text>
            {t('evaluation.whatIf.result', {
              total: formatScore(plan.total, locale),
              code: plan.reached.code,
              label: plan.reached.label,
            })}
          </Text>
        </Stack>
      ) : (
        <Text>
          {Number(predikat.hi) >= 100 ? t('evaluation.whatIf.top', { code: predikat.code }) : t('evaluation.whatIf.unreachable')}
        </Text>
      )}
      <Title order={3} size="h5">
        {t('evaluation.whatIf.rankedTitle')}
      </Title>
      {ranked.length > 0 ? (
        <List type="ordered" spacing={4} data-testid="eval-what-if-ranked">
          {ranked.map((s) => (
            <List.Item key={`${s.criterionId}-${s.to}`}>{stepText(s)}</List.Item>
          ))}
        </List>
      ) : (
        <Text>{t('evaluation.whatIf.nothingToRaise')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('evaluation.whatIf.caveat')}
      </Text>
    </Stack>
  );
}
