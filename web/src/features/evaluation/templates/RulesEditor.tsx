import { Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  comparedList,
  comparedValue,
  criteriaOfDraft,
  type DraftComponent,
  type DraftRule,
  newRule,
  patchAt,
  removeAt,
} from './template-draft.ts';

const K = 'evaluationTemplates.form.rules';
/** The contract's limits: rules per template, compared criteria per rule. */
const MAX_RULES = 200;
const MAX_COMPARED = 60;

/** The criteria as select options; an id no longer in the structure stays selectable, marked as missing. */
function criterionOptions(criteria: readonly { id: string; text: string }[], current: string, missing: string) {
  const options = criteria.map((c) => ({ value: c.id, label: c.text ? `${c.id} — ${c.text.slice(0, 60)}` : c.id }));
  if (current && !criteria.some((c) => c.id === current)) options.unshift({ value: current, label: `${current} (${missing})` });
  return current ? options : [{ value: '', label: '—' }, ...options];
}

/** One rule: the limited criterion, the criteria it may not exceed (their mean when several), and the message. */
function RuleFields(props: {
  rule: DraftRule;
  index: number;
  criteria: readonly { id: string; text: string }[];
  error: (path: string) => string | undefined;
  onChange: (patch: Partial<DraftRule>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { rule, index, criteria, error, onChange } = props;
  const path = `rules.${index}`;
  const compared = comparedList(rule);
  const missing = t(`${K}.missing`);
  const setCompared = (ids: string[]) => onChange({ comparedTo: comparedValue(ids) });
  const whole = error(path);
  return (
    <Card withBorder padding="xs" component="fieldset" aria-label={t(`${K}.rule`, { n: index + 1 })} data-rule={index}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t(`${K}.rule`, { n: index + 1 })}
        </Text>
        {whole ? (
          <Text size="sm" c="red.8" role="alert" data-rule-error={index}>
            {whole}
          </Text>
        ) : null}
        <NativeSelect
          label={t(`${K}.criterion`)}
          value={rule.criterionId}
          error={error(`${path}.criterionId`)}
          data={criterionOptions(criteria, rule.criterionId, missing)}
          onChange={(e) => onChange({ criterionId: e.currentTarget.value })}
        />
        {compared.map((id, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: compared criteria are positional
          <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
            <NativeSelect
              style={{ flex: 1, minWidth: 0 }}
              label={i === 0 ? t(`${K}.comparedTo`) : t(`${K}.comparedMore`, { n: i + 1 })}
              value={id}
              error={i === compared.length - 1 ? error(`${path}.comparedTo`) : undefined}
              data={criterionOptions(criteria, id, missing)}
              onChange={(e) => setCompared(compared.map((c, j) => (j === i ? e.currentTarget.value : c)))}
            />
            {compared.length > 1 ? (
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={t(`${K}.removeCompared`, { n: i + 1 })}
                onClick={() => setCompared(removeAt(compared, i))}
              >
                {t('evaluationTemplates.form.remove')}
              </Button>
            ) : null}
          </Group>
        ))}
        {compared.length > 1 ? (
          <Text size="xs" c="dimmed">
            {t(`${K}.meanHint`)}
          </Text>
        ) : null}
        <TextInput
          label={t(`${K}.message`)}
          value={rule.message}
          maxLength={500}
          error={error(`${path}.message`)}
          onChange={(e) => onChange({ message: e.currentTarget.value })}
        />
        <Group gap="xs" wrap="wrap">
          <Button
            variant="light"
            size="compact-xs"
            disabled={compared.length >= MAX_COMPARED}
            onClick={() => setCompared([...compared, ''])}
          >
            {t(`${K}.addCompared`)}
          </Button>
          <Button variant="subtle" color="red" size="compact-xs" onClick={props.onRemove}>
            {t(`${K}.remove`, { n: index + 1 })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Kerangka logis rules of the template: "the answer to X may not exceed the answer to Y (or the mean of several)". */
export function RulesEditor(props: {
  rules: DraftRule[];
  components: readonly DraftComponent[];
  error: (path: string) => string | undefined;
  onChange: (rules: DraftRule[]) => void;
}) {
  const { t } = useTranslation();
  const { rules, error, onChange } = props;
  const criteria = criteriaOfDraft(props.components);
  return (
    <Stack gap="xs" component="fieldset" aria-label={t(`${K}.title`)} style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5">
        {t(`${K}.title`)}
      </Title>
      <Text size="sm" c="dimmed">
        {t(`${K}.hint`)}
      </Text>
      {rules.length === 0 ? <Text size="sm">{t(`${K}.none`)}</Text> : null}
      {rules.map((rule, i) => (
        <RuleFields
          // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional; their criteria are edited in place
          key={i}
          rule={rule}
          index={i}
          criteria={criteria}
          error={error}
          onChange={(patch) => onChange(patchAt(rules, i, patch))}
          onRemove={() => onChange(removeAt(rules, i))}
        />
      ))}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          disabled={rules.length >= MAX_RULES || criteria.length < 2}
          onClick={() => onChange([...rules, newRule(criteria)])}
        >
          {t(`${K}.add`)}
        </Button>
      </Group>
    </Stack>
  );
}
