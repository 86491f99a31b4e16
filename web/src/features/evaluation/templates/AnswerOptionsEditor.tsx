import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DraftOption, patchAt, removeAt } from './template-draft.ts';

/** The contract's limits of a custom option set. */
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 10;

/** A criterion's own answer options: code, label and value (0–1) per option, at least two. */
export function AnswerOptionsEditor(props: {
  criterionId: string;
  options: DraftOption[];
  path: string;
  error: (path: string) => string | undefined;
  onChange: (options: DraftOption[]) => void;
}) {
  const { t } = useTranslation();
  const { options, path, error, onChange } = props;
  const K = 'evaluationTemplates.form.options';
  return (
    <Stack
      gap={4}
      component="fieldset"
      aria-label={t(`${K}.legend`, { id: props.criterionId })}
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      <Text size="xs" c="dimmed">
        {t(`${K}.hint`)}
      </Text>
      {options.map((option, i) => {
        const patch = (p: Partial<DraftOption>) => onChange(patchAt(options, i, p));
        const at = `${path}.options.${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: options are positional; their codes are edited in place
          <Group key={i} align="flex-start" wrap="wrap" gap="xs" data-option-row={i}>
            <TextInput
              w={70}
              label={t(`${K}.code`, { n: i + 1 })}
              value={option.code}
              error={error(`${at}.code`)}
              onChange={(e) => patch({ code: e.currentTarget.value })}
            />
            <TextInput
              style={{ flex: 1, minWidth: 140 }}
              label={t(`${K}.label`, { n: i + 1 })}
              value={option.label}
              error={error(`${at}.label`)}
              onChange={(e) => patch({ label: e.currentTarget.value })}
            />
            <TextInput
              w={80}
              inputMode="decimal"
              label={t(`${K}.value`, { n: i + 1 })}
              value={option.value}
              error={error(`${at}.value`)}
              onChange={(e) => patch({ value: e.currentTarget.value })}
            />
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mt={24}
              disabled={options.length <= MIN_OPTIONS}
              aria-label={t(`${K}.remove`, { n: i + 1 })}
              onClick={() => onChange(removeAt(options, i))}
            >
              {t('evaluationTemplates.form.remove')}
            </Button>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="compact-xs"
          disabled={options.length >= MAX_OPTIONS}
          onClick={() => onChange([...options, { code: '', label: '', value: '' }])}
        >
          {t(`${K}.add`)}
        </Button>
      </Group>
    </Stack>
  );
}
