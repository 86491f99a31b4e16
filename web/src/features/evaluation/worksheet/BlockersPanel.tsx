import { Alert, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../app/api.ts';
import type { Violation } from '../evaluation.api.ts';
import { criterionOfField } from '../evaluation-format.ts';

/** Shown unanswered ids before "and N more". */
const SHOWN_IDS = 12;

/** Criterion id → red messages: kerangka logis violations of the shown basis and the server's finalise blockers. */
export function problemsByCriterion(
  violations: readonly Violation[],
  blockers: readonly FieldError[],
  violationText: (v: Violation) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, text: string) => out.set(id, [...(out.get(id) ?? []).filter((x) => x !== text), text]);
  for (const v of violations) add(v.criterionId, violationText(v));
  for (const f of blockers) {
    const id = criterionOfField(f.field);
    if (id) add(id, f.message);
  }
  return out;
}

function CriterionLink({ id, onReveal }: { id: string; onReveal: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component="button"
      type="button"
      onClick={() => onReveal(id)}
      aria-label={t('evaluation.blockers.goTo', { id })}
      fz="sm"
    >
      {id}
    </Anchor>
  );
}

interface BlockersProps {
  violations: readonly Violation[];
  unanswered: readonly string[];
  /** The server's field messages of a refused finalisation. */
  finaliseBlockers: readonly FieldError[];
  violationText: (v: Violation) => string;
  onReveal: (criterionId: string) => void;
}

/** At the top of the worksheet: the refused finalisation's messages, kerangka logis violations and unanswered criteria. */
export function BlockersPanel({ violations, unanswered, finaliseBlockers, violationText, onReveal }: BlockersProps) {
  const { t } = useTranslation();
  if (violations.length === 0 && unanswered.length === 0 && finaliseBlockers.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="eval-blockers">
      {finaliseBlockers.length > 0 ? (
        <Alert color="red" variant="light" role="alert" title={t('evaluation.blockers.finaliseRefused')}>
          <List size="sm" spacing={2}>
            {finaliseBlockers.map((f) => (
              <List.Item key={f.field}>{f.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {violations.length > 0 ? (
        <Alert color="red" variant="light" title={t('evaluation.blockers.violations', { n: violations.length })}>
          <List size="sm" spacing={2}>
            {violations.map((v) => (
              <List.Item key={v.criterionId} data-violation={v.criterionId}>
                <CriterionLink id={v.criterionId} onReveal={onReveal} /> — {violationText(v)}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {unanswered.length > 0 ? (
        <Alert color="red" variant="outline" title={t('evaluation.blockers.unanswered', { n: unanswered.length })}>
          <Group gap="xs" wrap="wrap" data-testid="eval-unanswered">
            {unanswered.slice(0, SHOWN_IDS).map((id) => (
              <CriterionLink key={id} id={id} onReveal={onReveal} />
            ))}
            {unanswered.length > SHOWN_IDS ? (
              <Text size="sm">{t('evaluation.blockers.more', { n: unanswered.length - SHOWN_IDS })}</Text>
            ) : null}
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}
