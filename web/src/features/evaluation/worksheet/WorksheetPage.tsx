import { Alert, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { currentLocale } from '../../../app/i18n/index.ts';
import { DetailPage } from '../../../ui/DetailPage.tsx';
import { type PanelTab, PanelTabs } from '../../../ui/PanelTabs.tsx';
import {
  type EvaluationView,
  evaluationKeys,
  fetchEvaluation,
  fetchTemplates,
  templateOf,
  type Violation,
} from '../evaluation.api.ts';
import { criterionIndex, formatScore, shownBasis } from '../evaluation-format.ts';
import { RecommendationsPanel } from '../recommendations/RecommendationsPanel.tsx';
import { EvaluationStatusBadge } from '../StatusBadge.tsx';
import { BlockersPanel, problemsByCriterion } from './BlockersPanel.tsx';
import { ScoreHeadline } from './ScoreHeadline.tsx';
import { useWorksheet } from './use-worksheet.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { WorksheetAccordion } from './WorksheetAccordion.tsx';
import { SaveBar, WorksheetActions } from './WorksheetActions.tsx';

/** Opens the sub-component of a criterion, then scrolls to it and moves the focus there. */
function useReveal(view: EvaluationView, showWorksheet: () => void) {
  const [opened, setOpened] = useState<string[]>([]);
  const reveal = (criterionId: string) => {
    const place = criterionIndex(view.worksheet).get(criterionId);
    if (!place) return;
    showWorksheet();
    setOpened((o) => (o.includes(place.subComponentId) ? o : [...o, place.subComponentId]));
    window.setTimeout(() => {
      const card = document.getElementById(`criterion-${criterionId}`);
      card?.scrollIntoView?.({ block: 'center' });
      card?.focus();
    }, 250);
  };
  return { opened, setOpened, reveal };
}

/** The loaded evaluation: headline, blockers, actions and the tabs (worksheet, what-if). */
export function EvaluationWorksheet({ view, tab, onTab }: { view: EvaluationView; tab: string; onTab: (tab: string) => void }) {
  const { t } = useTranslation();
  const templates = useQuery({ queryKey: evaluationKeys.templates, queryFn: fetchTemplates, staleTime: 300_000 });
  const bands = templateOf(templates.data, view.template)?.predikat ?? [];
  const editBasis = view.may.selfAssess ? 'self' : view.may.assess ? 'final' : null;
  const basis = shownBasis(view.status);
  const sheet = useWorksheet(view, editBasis);
  const { opened, setOpened, reveal } = useReveal(view, () => onTab('lembar-kerja'));
  const locale = currentLocale();
  const violationText = (v: Violation) =>
    t('evaluation.criterion.violation', {
      message: v.message,
      value: formatScore(v.value, locale),
      limit: formatScore(v.limit, locale),
    });
  const violations = basis === 'self' ? view.self.violations : view.blockers.violations;
  const unanswered = view.status === 'final' ? [] : basis === 'self' ? view.self.score.unanswered : view.blockers.unanswered;
  const problems = problemsByCriterion(violations, sheet.blockers, violationText);
  const tabs: PanelTab[] = [
    {
      value: 'lembar-kerja',
      label: t('evaluation.tabs.worksheet'),
      panel: (
        <Stack gap="md">
          <WorksheetAccordion
            view={view}
            basis={basis}
            editBasis={editBasis}
            problems={problems}
            sheet={sheet}
            opened={opened}
            onOpened={setOpened}
          />
          {editBasis ? <SaveBar sheet={sheet} /> : null}
        </Stack>
      ),
    },
    { value: 'simulasi', label: t('evaluation.tabs.whatIf'), panel: <WhatIfPanel view={view} /> },
    {
      value: 'rekomendasi',
      label: t('evaluation.tabs.recommendations'),
      panel: <RecommendationsPanel evaluationId={view.id} />,
    },
  ];
  return (
    <Stack gap="md">
      {sheet.stale ? (
        <Alert color="orange" variant="light" role="alert" title={t('evaluation.stale.title')} data-testid="eval-stale">
          {t('evaluation.stale.body')}
        </Alert>
      ) : null}
      <Group gap="xs" wrap="wrap">
        <EvaluationStatusBadge status={view.status} />
        <Text size="sm" c="dimmed">
          {t('evaluation.worksheet.template', { name: view.template.name, version: view.template.version })}
        </Text>
      </Group>
      <ScoreHeadline view={view} bands={bands} />
      <BlockersPanel
        violations={violations}
        unanswered={unanswered}
        finaliseBlockers={sheet.blockers}
        violationText={violationText}
        onReveal={reveal}
      />
      <WorksheetActions view={view} sheet={sheet} />
      {editBasis ? null : (
        <Text size="sm" c="dimmed">
          {t('evaluation.worksheet.readOnly')}
        </Text>
      )}
      <PanelTabs tabs={tabs} value={tab} onChange={onTab} />
    </Stack>
  );
}

/** `/evaluasi-sakip/:evaluationId`: one OPD's LKE evaluation. */
export function WorksheetPage() {
  const { t } = useTranslation();
  const { evaluationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const one = useQuery({ queryKey: evaluationKeys.one(evaluationId), queryFn: () => fetchEvaluation(evaluationId) });
  return (
    <DetailPage
      back={{ to: '/evaluasi-sakip', label: t('evaluation.worksheet.back') }}
      title={(view) => (view ? t('evaluation.worksheet.title', { name: view.unitName, year: view.year }) : t('evaluation.title'))}
      description={t('evaluation.worksheet.description')}
      query={one}
    >
      {(view) => (
        <EvaluationWorksheet
          view={view}
          tab={params.get('tab') ?? 'lembar-kerja'}
          onTab={(tab) => setParams({ tab }, { replace: true })}
        />
      )}
    </DetailPage>
  );
}
