import { Accordion, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { formatRounded } from '../../esakip/dashboard/dashboard-format.ts';
import type { Basis, EvaluationView } from '../evaluation.api.ts';
import { formatScore } from '../evaluation-format.ts';
import { CriterionItem } from './CriterionItem.tsx';
import { evidenceFilesKey, fetchEvidenceFiles } from './evidence-files.api.ts';
import type { Worksheet } from './use-worksheet.ts';

type ScoreOfBasis = EvaluationView['self']['score'];

interface AccordionProps {
  view: EvaluationView;
  /** The basis whose scores are shown next to components and sub-components. */
  basis: Basis;
  editBasis: Basis | null;
  /** Criterion id → red messages. */
  problems: Map<string, string[]>;
  sheet: Worksheet;
  /** Open sub-components (controlled, so a blocker can open its criterion). */
  opened: string[];
  onOpened: (ids: string[]) => void;
}

function subScoreOf(score: ScoreOfBasis, componentId: string, subId: string) {
  return score.components.find((c) => c.id === componentId)?.subComponents.find((s) => s.id === subId);
}

/** Components (with their totals) → sub-components as an accordion (mean × weight) → criteria with their answers. */
export function WorksheetAccordion({ view, basis, editBasis, problems, sheet, opened, onOpened }: AccordionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const score = view[basis].score;
  const withFinal = view.status !== 'self_assessment';
  const unanswered = new Set(score.unanswered);
  const files = useQuery({ queryKey: evidenceFilesKey(view.id), queryFn: () => fetchEvidenceFiles(view.id) });
  const uploaded = files.data ?? [];
  return (
    <Stack gap="lg">
      {view.worksheet.map((component) => {
        const total = score.components.find((c) => c.id === component.id);
        return (
          <Stack key={component.id} gap="xs" component="section" aria-labelledby={`component-${component.id}`}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={2} size="h4" id={`component-${component.id}`}>
                {`${component.id}. ${component.name}`}
              </Title>
              <Text fw={700} data-component-score={component.id}>
                {t('evaluation.worksheet.componentScore', {
                  score: formatScore(total?.score, locale),
                  weight: formatScore(component.weight, locale),
                })}
              </Text>
            </Group>
            <Accordion multiple variant="separated" order={3} chevronPosition="left" value={opened} onChange={onOpened}>
              {component.subComponents.map((sub) => {
                const s = subScoreOf(score, component.id, sub.id);
                const flagged = sub.criteria.some((k) => (problems.get(k.id) ?? []).length > 0 || unanswered.has(k.id));
                return (
                  <Accordion.Item key={sub.id} value={sub.id}>
                    <Accordion.Control>
                      <Stack gap={2}>
                        <Text fw={600} size="sm">{`${sub.id} ${sub.name}`}</Text>
                        <Text size="xs" c={flagged ? 'red.8' : 'dimmed'} data-sub-score={sub.id}>
                          {t('evaluation.worksheet.subScore', {
                            mean: s ? formatRounded(s.exactMean, locale, 3) : '—',
                            weight: formatScore(sub.weight, locale),
                            score: formatScore(s?.score, locale),
                            answered: s?.answeredCount ?? 0,
                            total: s?.criteriaCount ?? sub.criteria.length,
                          })}
                          {flagged ? ` · ${t('evaluation.worksheet.hasProblems')}` : ''}
                        </Text>
                      </Stack>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap="sm">
                        {sub.criteria.map((criterion) => (
                          <CriterionItem
                            key={criterion.id}
                            criterion={criterion}
                            editBasis={editBasis}
                            withFinal={withFinal}
                            problems={problems.get(criterion.id) ?? []}
                            unanswered={unanswered.has(criterion.id)}
                            change={sheet.draft[criterion.id]}
                            onChange={(patch) => sheet.change(criterion.id, patch)}
                            scope={view}
                            files={uploaded.filter((f) => f.criterionId === criterion.id)}
                          />
                        ))}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                );
              })}
            </Accordion>
          </Stack>
        );
      })}
    </Stack>
  );
}
