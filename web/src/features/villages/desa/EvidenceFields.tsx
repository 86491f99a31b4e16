import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHILD_STATUSES,
  type ChildDraft,
  type EntryDraft,
  type EntryErrors,
  type HouseholdDraft,
  isSixteenDigits,
  maskId,
  newChild,
  newHousehold,
  onlyDigits,
} from './entry-model.ts';

/** A NIK / No KK field: digits only, 16 at most; once filled and left it shows masked (`3201 •••• •••• 0001`). */
export function IdNumberInput(props: {
  label: string;
  value: string;
  error?: string;
  required?: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const masked = !editing && isSixteenDigits(props.value);
  return (
    <TextInput
      label={props.label}
      required={props.required}
      value={masked ? maskId(props.value) : props.value}
      onFocus={() => setEditing(true)}
      onBlur={() => setEditing(false)}
      onChange={(e) => props.onChange(onlyDigits(e.currentTarget.value))}
      inputMode="numeric"
      autoComplete="off"
      maxLength={editing ? 16 : undefined}
      description={
        masked ? t('villagesDesa.evidence.maskedHint') : t('villagesDesa.evidence.digits', { count: props.value.length })
      }
      error={props.error ? t(props.error) : undefined}
      size="md"
    />
  );
}

type Errors = { errors: EntryErrors };
const errorAt = (errors: EntryErrors, path: string) => errors[path];

function HouseholdRow({
  row,
  n,
  errors,
  onChange,
  onRemove,
}: { row: HouseholdDraft; n: number; onChange: (r: HouseholdDraft) => void; onRemove: () => void } & Errors) {
  const { t } = useTranslation();
  const at = `evidence.households.${n}`;
  const e = (field: string) => errorAt(errors, `${at}.${field}`);
  return (
    <Card withBorder padding="sm" component="fieldset" aria-label={t('villagesDesa.evidence.householdsRow', { n: n + 1 })}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('villagesDesa.evidence.householdsRow', { n: n + 1 })}
        </Title>
        <IdNumberInput
          label={t('villagesDesa.evidence.noKk')}
          required
          value={row.noKk}
          error={e('noKk')}
          onChange={(noKk) => onChange({ ...row, noKk })}
        />
        <IdNumberInput
          label={t('villagesDesa.evidence.nikOptional')}
          value={row.nik}
          error={e('nik')}
          onChange={(nik) => onChange({ ...row, nik })}
        />
        <TextInput
          size="md"
          label={t('villagesDesa.evidence.name')}
          required
          value={row.name}
          error={e('name') && t(e('name')!)}
          onChange={(ev) => onChange({ ...row, name: ev.currentTarget.value })}
        />
        <TextInput
          size="md"
          label={t('villagesDesa.evidence.reason')}
          required
          value={row.reason}
          error={e('reason') && t(e('reason')!)}
          onChange={(ev) => onChange({ ...row, reason: ev.currentTarget.value })}
        />
        <Button variant="subtle" color="red" onClick={onRemove}>
          {t('villagesDesa.evidence.remove', { n: n + 1 })}
        </Button>
      </Stack>
    </Card>
  );
}

function ChildRow({
  row,
  n,
  errors,
  onChange,
  onRemove,
}: { row: ChildDraft; n: number; onChange: (r: ChildDraft) => void; onRemove: () => void } & Errors) {
  const { t } = useTranslation();
  const e = (field: string) => {
    const key = errorAt(errors, `evidence.children.${n}.${field}`);
    return key ? t(key) : undefined;
  };
  const text = (field: 'name' | 'ageMonths' | 'heightCm' | 'weightKg', numeric: boolean, required = false) => (
    <TextInput
      size="md"
      label={t(`villagesDesa.evidence.${field}`)}
      required={required}
      inputMode={numeric ? 'decimal' : undefined}
      value={row[field]}
      error={e(field)}
      onChange={(ev) => onChange({ ...row, [field]: ev.currentTarget.value })}
    />
  );
  return (
    <Card withBorder padding="sm" component="fieldset" aria-label={t('villagesDesa.evidence.childrenRow', { n: n + 1 })}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('villagesDesa.evidence.childrenRow', { n: n + 1 })}
        </Title>
        <IdNumberInput
          label={t('villagesDesa.evidence.nik')}
          required
          value={row.nik}
          error={errorAt(errors, `evidence.children.${n}.nik`)}
          onChange={(nik) => onChange({ ...row, nik })}
        />
        {text('name', false, true)}
        {text('ageMonths', true, true)}
        <SimpleGrid cols={2} spacing="xs">
          {text('heightCm', true)}
          {text('weightKg', true)}
        </SimpleGrid>
        <NativeSelect
          size="md"
          label={t('villagesDesa.evidence.status')}
          required
          value={row.status}
          error={e('status')}
          data={[
            { value: '', label: t('villagesDesa.evidence.choose') },
            ...CHILD_STATUSES.map((s) => ({ value: s, label: t(`villagesDesa.childStatus.${s}`) })),
          ]}
          onChange={(ev) => onChange({ ...row, status: ev.currentTarget.value as ChildDraft['status'] })}
        />
        <Button variant="subtle" color="red" onClick={onRemove}>
          {t('villagesDesa.evidence.remove', { n: n + 1 })}
        </Button>
      </Stack>
    </Card>
  );
}

/** The evidence rows of the indicator's kind: households leaving DTKS, measured children, or the IKM summary. */
export function EvidenceFields({
  kind,
  draft,
  errors,
  newId,
  onChange,
}: { kind: string; draft: EntryDraft; newId: () => string; onChange: (d: EntryDraft) => void } & Errors) {
  const { t } = useTranslation();
  if (kind === 'households') {
    const set = (rows: HouseholdDraft[]) => onChange({ ...draft, households: rows });
    return (
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('villagesDesa.evidence.householdsTitle', { count: draft.households.length })}
        </Title>
        {draft.households.map((row, n) => (
          <HouseholdRow
            key={row.clientId}
            row={row}
            n={n}
            errors={errors}
            onChange={(r) => set(draft.households.map((x, i) => (i === n ? r : x)))}
            onRemove={() => set(draft.households.filter((_, i) => i !== n))}
          />
        ))}
        <Button variant="light" size="md" onClick={() => set([...draft.households, newHousehold(newId())])}>
          {t('villagesDesa.evidence.addHousehold')}
        </Button>
      </Stack>
    );
  }
  if (kind === 'children') {
    const set = (rows: ChildDraft[]) => onChange({ ...draft, children: rows });
    return (
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('villagesDesa.evidence.childrenTitle', { count: draft.children.length })}
        </Title>
        {draft.children.map((row, n) => (
          <ChildRow
            key={row.clientId}
            row={row}
            n={n}
            errors={errors}
            onChange={(r) => set(draft.children.map((x, i) => (i === n ? r : x)))}
            onRemove={() => set(draft.children.filter((_, i) => i !== n))}
          />
        ))}
        <Button variant="light" size="md" onClick={() => set([...draft.children, newChild(newId())])}>
          {t('villagesDesa.evidence.addChild')}
        </Button>
      </Stack>
    );
  }
  if (kind === 'ikm') {
    const e = (f: string) => (errors[`evidence.ikm.${f}`] ? t(errors[`evidence.ikm.${f}`]!) : undefined);
    return (
      <Group grow align="flex-start">
        <TextInput
          size="md"
          label={t('villagesDesa.evidence.respondents')}
          required
          inputMode="numeric"
          value={draft.ikm.respondents}
          error={e('respondents')}
          onChange={(ev) => onChange({ ...draft, ikm: { ...draft.ikm, respondents: ev.currentTarget.value } })}
        />
        <TextInput
          size="md"
          label={t('villagesDesa.evidence.score')}
          required
          inputMode="decimal"
          value={draft.ikm.score}
          error={e('score')}
          onChange={(ev) => onChange({ ...draft, ikm: { ...draft.ikm, score: ev.currentTarget.value } })}
        />
      </Group>
    );
  }
  return null;
}
