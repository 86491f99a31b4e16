import { Button, Card, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnswerOptionsEditor } from './AnswerOptionsEditor.tsx';
import {
  type DraftComponent,
  type DraftCriterion,
  type DraftSub,
  defaultOptions,
  newComponent,
  newCriterion,
  newSub,
  patchAt,
  removeAt,
} from './template-draft.ts';

/** The server's message for a path under `body.template.` (e.g. `components.0.weight`), if any. */
export type FieldErrorOf = (path: string) => string | undefined;

const answerTypeValue = (c: DraftCriterion) => (typeof c.answerType === 'string' ? c.answerType : 'custom');

/** The answer type chosen in the select: a custom option set starts as Ya (1) / Tidak (0). */
function answerTypeFor(value: string, current: DraftCriterion['answerType']): DraftCriterion['answerType'] {
  if (value === 'custom') return typeof current === 'string' ? { options: defaultOptions() } : current;
  return value as 'yt' | 'abcde';
}

/** One criterion: number, text and answer type (Y/T, A–E, or its own option set edited below it). */
function CriterionFields(props: {
  criterion: DraftCriterion;
  path: string;
  error: FieldErrorOf;
  onChange: (c: Partial<DraftCriterion>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { criterion, path, error, onChange } = props;
  const types = ['yt', 'abcde', 'custom'];
  const custom = typeof criterion.answerType === 'string' ? null : criterion.answerType;
  return (
    <Card withBorder padding="xs" aria-label={t('evaluationTemplates.form.criterion', { id: criterion.id })} component="fieldset">
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap" gap="xs">
          <TextInput
            w={90}
            label={t('evaluationTemplates.form.id')}
            value={criterion.id}
            error={error(`${path}.id`)}
            onChange={(e) => onChange({ id: e.currentTarget.value })}
          />
          <Textarea
            style={{ flex: 1, minWidth: 220 }}
            autosize
            minRows={1}
            label={t('evaluationTemplates.form.text')}
            value={criterion.text}
            error={error(`${path}.text`)}
            onChange={(e) => onChange({ text: e.currentTarget.value })}
          />
          <NativeSelect
            w={170}
            label={t('evaluationTemplates.form.answerType')}
            value={answerTypeValue(criterion)}
            error={error(`${path}.answerType`)}
            data={types.map((v) => ({ value: v, label: t(`evaluationTemplates.form.answerTypes.${v}`) }))}
            onChange={(e) => onChange({ answerType: answerTypeFor(e.currentTarget.value, criterion.answerType) })}
          />
          <Button variant="subtle" color="red" size="compact-sm" mt={24} onClick={props.onRemove}>
            {t('evaluationTemplates.form.remove')}
          </Button>
        </Group>
        {custom ? (
          <AnswerOptionsEditor
            criterionId={criterion.id}
            options={[...custom.options]}
            path={`${path}.answerType`}
            error={error}
            onChange={(options) => onChange({ answerType: { options } })}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

/** A sub-component: number, name, weight and its criteria. */
function SubFields(props: {
  sub: DraftSub;
  path: string;
  error: FieldErrorOf;
  onChange: (s: Partial<DraftSub>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { sub, path, error, onChange } = props;
  return (
    <Card withBorder padding="sm" component="fieldset" aria-label={t('evaluationTemplates.form.subComponent', { id: sub.id })}>
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap" gap="xs">
          <TextInput
            w={90}
            label={t('evaluationTemplates.form.id')}
            value={sub.id}
            error={error(`${path}.id`)}
            onChange={(e) => onChange({ id: e.currentTarget.value })}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            label={t('evaluationTemplates.form.subName')}
            value={sub.name}
            error={error(`${path}.name`)}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
          />
          <TextInput
            w={100}
            inputMode="decimal"
            label={t('evaluationTemplates.form.weight')}
            value={sub.weight}
            error={error(`${path}.weight`)}
            onChange={(e) => onChange({ weight: e.currentTarget.value })}
          />
          <Button variant="subtle" color="red" size="compact-sm" mt={24} onClick={props.onRemove}>
            {t('evaluationTemplates.form.remove')}
          </Button>
        </Group>
        {sub.criteria.map((criterion, i) => (
          <CriterionFields
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; their ids are edited in place
            key={i}
            criterion={criterion}
            path={`${path}.criteria.${i}`}
            error={error}
            onChange={(patch) => onChange({ criteria: patchAt(sub.criteria, i, patch) })}
            onRemove={() => onChange({ criteria: removeAt(sub.criteria, i) })}
          />
        ))}
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => onChange({ criteria: [...sub.criteria, newCriterion(sub)] })}>
            {t('evaluationTemplates.form.addCriterion')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The components of the draft, each with its sub-components and criteria, editable in place. */
export function TemplateStructure({
  components,
  error,
  onChange,
}: {
  components: DraftComponent[];
  error: FieldErrorOf;
  onChange: (next: DraftComponent[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {components.map((component, ci) => {
        const path = `components.${ci}`;
        const patch = (p: Partial<DraftComponent>) => onChange(patchAt(components, ci, p));
        return (
          <Card
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; their ids are edited in place
            key={ci}
            withBorder
            padding="sm"
            component="fieldset"
            aria-label={t('evaluationTemplates.form.component', { id: component.id })}
          >
            <Stack gap="xs">
              <Text fw={600}>{t('evaluationTemplates.form.component', { id: component.id })}</Text>
              <Group align="flex-start" wrap="wrap" gap="xs">
                <TextInput
                  w={90}
                  label={t('evaluationTemplates.form.id')}
                  value={component.id}
                  error={error(`${path}.id`)}
                  onChange={(e) => patch({ id: e.currentTarget.value })}
                />
                <TextInput
                  style={{ flex: 1, minWidth: 200 }}
                  label={t('evaluationTemplates.form.componentName')}
                  value={component.name}
                  error={error(`${path}.name`)}
                  onChange={(e) => patch({ name: e.currentTarget.value })}
                />
                <TextInput
                  w={100}
                  inputMode="decimal"
                  label={t('evaluationTemplates.form.weight')}
                  value={component.weight}
                  error={error(`${path}.weight`)}
                  onChange={(e) => patch({ weight: e.currentTarget.value })}
                />
                <Button variant="subtle" color="red" size="compact-sm" mt={24} onClick={() => onChange(removeAt(components, ci))}>
                  {t('evaluationTemplates.form.remove')}
                </Button>
              </Group>
              {component.subComponents.map((sub, si) => (
                <SubFields
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; their ids are edited in place
                  key={si}
                  sub={sub}
                  path={`${path}.subComponents.${si}`}
                  error={error}
                  onChange={(p) => patch({ subComponents: patchAt(component.subComponents, si, p) })}
                  onRemove={() => patch({ subComponents: removeAt(component.subComponents, si) })}
                />
              ))}
              <Group>
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => patch({ subComponents: [...component.subComponents, newSub(component)] })}
                >
                  {t('evaluationTemplates.form.addSub')}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => onChange([...components, newComponent(components)])}>
          {t('evaluationTemplates.form.addComponent')}
        </Button>
      </Group>
    </Stack>
  );
}
