import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError } from '../../../app/errors.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { esakipKeys, fetchOpds } from '../../esakip/esakip.api.ts';
import { createEvaluation, evaluationKeys } from '../evaluation.api.ts';

/** A dialog to open the evaluation of an OPD and year (pre-answered from data); opens its worksheet when made. */
export function StartEvaluationDialog({ year, years, onClose }: { year: number; years: number[]; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds });
  const [unitId, setUnitId] = useState('');
  const [chosenYear, setChosenYear] = useState(year);
  const create = useMutation({
    mutationFn: () => createEvaluation({ unitId, year: chosenYear }),
    onSuccess: (made) => {
      client.setQueryData(evaluationKeys.one(made.id), made);
      void client.invalidateQueries({ queryKey: evaluationKeys.all });
      onClose();
      void navigate(`/evaluasi-sakip/${encodeURIComponent(made.id)}`);
    },
  });
  const unitProblem = fieldError(create.error, 'body.unitId');
  return (
    <Modal opened onClose={onClose} title={t('evaluation.start.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (unitId) create.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('evaluation.start.intro')}
          </Text>
          <NativeSelect
            label={t('evaluation.start.unit')}
            required
            data={[
              { value: '', label: t('evaluation.start.chooseUnit') },
              ...(opds.data ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
            value={unitId}
            onChange={(e) => setUnitId(e.currentTarget.value)}
            error={unitProblem}
          />
          <NativeSelect
            label={t('evaluation.year')}
            data={years.map(String)}
            value={String(chosenYear)}
            onChange={(e) => setChosenYear(Number(e.currentTarget.value))}
          />
          <ErrorAlert error={unitProblem ? undefined : (create.error ?? opds.error)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!unitId}>
              {t('evaluation.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
