import { Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Basis, type EvaluationView, evaluationKeys, fetchWhatIf } from '../evaluation.api.ts';
import { criterionIndex, shownBasis } from '../evaluation-format.ts';
import { WhatIfExplanation } from './WhatIfExplanation.tsx';

/** The "Simulasi" tab: the what-if of the saved answers on the chosen basis (usulan or penetapan). */
export function WhatIfPanel({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const [basis, setBasis] = useState<Basis>(shownBasis(view.status));
  const whatIf = useQuery({
    queryKey: evaluationKeys.whatIf(view.id, basis, view.version),
    queryFn: () => fetchWhatIf(view.id, basis),
  });
  const places = useMemo(() => criterionIndex(view.worksheet), [view.worksheet]);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('evaluation.whatIf.intro')}
      </Text>
      {view.status === 'self_assessment' ? null : (
        <SegmentedControl
          aria-label={t('evaluation.whatIf.basisLabel')}
          value={basis}
          onChange={(v) => setBasis(v as Basis)}
          data={[
            { value: 'self', label: t('evaluation.basis.self') },
            { value: 'final', label: t('evaluation.basis.final') },
          ]}
        />
      )}
      {whatIf.data ? (
        <WhatIfExplanation whatIf={whatIf.data} places={places} />
      ) : whatIf.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={whatIf.error} />
      )}
    </Stack>
  );
}
