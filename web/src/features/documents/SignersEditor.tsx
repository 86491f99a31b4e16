import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CAPACITIES, type Capacity, emptySigner, MAX_SIGNERS, moved, type SignerDraft } from './document-draft.ts';
import type { EmployeeOption } from './documents.api.ts';
import { EmployeePicker } from './EmployeePicker.tsx';
import { fieldErrorUnder } from './pdf-fetch.ts';

/** Capacity from the pegawai's current position (a Plt. holds it as plt), else definitif. */
function capacityOf(employee: EmployeeOption): Capacity {
  const kind = employee.positions[0]?.kind;
  return kind === 'plt' || kind === 'plh' || kind === 'pj' ? kind : 'definitif';
}

/** Picking a pegawai fills an empty jabatan (and the capacity) from their current position. */
function withEmployee(signer: SignerDraft, employee: EmployeeOption | null): SignerDraft {
  if (!employee) return { ...signer, employee };
  const position = employee.positions[0];
  return {
    ...signer,
    employee,
    jabatan: signer.jabatan.trim() || position?.positionName || '',
    capacity: signer.capacity === 'definitif' ? capacityOf(employee) : signer.capacity,
  };
}

interface SignerRowProps {
  signer: SignerDraft;
  index: number;
  count: number;
  error: unknown;
  onChange: (signer: SignerDraft) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

function SignerRow({ signer, index, count, error, onChange, onMove, onRemove }: SignerRowProps) {
  const { t } = useTranslation();
  const field = (name: string) => fieldErrorUnder(error, `body.signers.${index}.${name}`);
  const number = index + 1;
  return (
    <Fieldset legend={t('documents.form.signerN', { number })} data-testid="signer-row">
      <Stack gap="sm">
        <EmployeePicker
          label={t('documents.form.employee')}
          value={signer.employee}
          onChange={(employee) => onChange(withEmployee(signer, employee))}
          error={field('employeeId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('documents.form.capacity')}
            data={CAPACITIES.map((c) => ({ value: c, label: t(`documents.capacityLong.${c}`) }))}
            value={signer.capacity}
            onChange={(value) => onChange({ ...signer, capacity: (value as Capacity | null) ?? 'definitif' })}
            allowDeselect={false}
            error={field('capacity')}
          />
          <TextInput
            label={t('documents.form.jabatan')}
            value={signer.jabatan}
            onChange={(e) => onChange({ ...signer, jabatan: e.currentTarget.value })}
            required
            error={field('jabatan')}
          />
          {signer.capacity === 'an' || signer.capacity === 'ub' ? (
            <TextInput
              label={t('documents.form.onBehalfOf')}
              description={t('documents.form.onBehalfOfHint')}
              value={signer.onBehalfOf}
              onChange={(e) => onChange({ ...signer, onBehalfOf: e.currentTarget.value })}
              error={field('onBehalfOf')}
            />
          ) : null}
          {signer.capacity === 'ub' ? (
            <TextInput
              label={t('documents.form.via')}
              description={t('documents.form.viaHint')}
              value={signer.via}
              onChange={(e) => onChange({ ...signer, via: e.currentTarget.value })}
              error={field('via')}
            />
          ) : null}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" disabled={index === 0} onClick={() => onMove(-1)}>
            {t('documents.form.moveUp')}
          </Button>
          <Button size="compact-sm" variant="default" disabled={index === count - 1} onClick={() => onMove(1)}>
            {t('documents.form.moveDown')}
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" disabled={count === 1} onClick={onRemove}>
            {t('documents.form.removeSigner', { number })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The ordered signers (up to six): pegawai, capacity, jabatan and a.n./u.b. lines; sign in this order. */
export function SignersEditor({
  signers,
  onChange,
  error,
}: {
  signers: SignerDraft[];
  onChange: (signers: SignerDraft[]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const listError = fieldErrorUnder(error, 'body.signers');
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('documents.form.signersHint')}
      </Text>
      {signers.map((signer, index) => (
        <SignerRow
          key={signer.key}
          signer={signer}
          index={index}
          count={signers.length}
          error={error}
          onChange={(next) => onChange(signers.map((s) => (s.key === signer.key ? next : s)))}
          onMove={(step) => onChange(moved(signers, index, step))}
          onRemove={() => onChange(signers.filter((s) => s.key !== signer.key))}
        />
      ))}
      {listError && !signers.some((_, i) => fieldErrorUnder(error, `body.signers.${i}`)) ? (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      ) : null}
      <Button
        variant="default"
        onClick={() => onChange([...signers, emptySigner()])}
        disabled={signers.length >= MAX_SIGNERS}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('documents.form.addSigner', { max: MAX_SIGNERS })}
      </Button>
    </Stack>
  );
}
