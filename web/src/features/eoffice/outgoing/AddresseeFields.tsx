import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowButtons } from './ListEditor.tsx';
import type { OutgoingDraft } from './outgoing-draft.ts';
import { PositionSelect, usePositions } from './positions.tsx';

/** The editor's state and setter, shared by its field groups. */
export interface DraftFieldsProps {
  draft: OutgoingDraft;
  setDraft: (draft: OutgoingDraft) => void;
  errorOf: (field: string) => string | undefined;
}

function RoleSelect({
  value,
  onChange,
  label,
}: {
  value: 'kepada' | 'tembusan';
  onChange: (r: 'kepada' | 'tembusan') => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={label}
      w={130}
      data={[
        { value: 'kepada', label: t('outgoing.role.kepada') },
        { value: 'tembusan', label: t('outgoing.role.tembusan') },
      ]}
      value={value}
      onChange={(r) => r && onChange(r as 'kepada' | 'tembusan')}
      allowDeselect={false}
    />
  );
}

function InternalAddressees({ draft, setDraft }: DraftFieldsProps) {
  const { t } = useTranslation();
  const { labelOf } = usePositions();
  const positions = draft.positions;
  const set = (next: OutgoingDraft['positions']) => setDraft({ ...draft, positions: next });
  return (
    <Stack gap="xs">
      {positions.map((p, i) => (
        <Group key={p.positionId} gap="xs" wrap="wrap">
          <Text size="sm" style={{ flex: 1, minWidth: 180 }}>
            {labelOf(p.positionId)}
          </Text>
          <RoleSelect
            label={t('outgoing.roleOf', { name: labelOf(p.positionId) })}
            value={p.role}
            onChange={(role) => set(positions.map((x, j) => (j === i ? { ...x, role } : x)))}
          />
          <RowButtons list={positions} index={i} onChange={set} name={labelOf(p.positionId)} noReorder />
        </Group>
      ))}
      <PositionSelect
        label={t('outgoing.addPosition')}
        value=""
        onChange={(id) => {
          if (id && !positions.some((p) => p.positionId === id)) set([...positions, { positionId: id, role: 'kepada' }]);
        }}
      />
    </Stack>
  );
}

function RegencyAddressees({ draft, setDraft }: DraftFieldsProps) {
  const { t } = useTranslation();
  const list = draft.regencies;
  const set = (next: OutgoingDraft['regencies']) => setDraft({ ...draft, regencies: next });
  return (
    <Stack gap="xs">
      {list.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('outgoing.regencyCode', { n: i + 1 })}
            placeholder="33.72"
            value={r.tenant}
            onChange={(e) => set(list.map((x, j) => (j === i ? { ...x, tenant: e.currentTarget.value } : x)))}
            style={{ flex: 1, minWidth: 160 }}
          />
          <RoleSelect
            label={t('outgoing.roleOf', { name: r.tenant || String(i + 1) })}
            value={r.role}
            onChange={(role) => set(list.map((x, j) => (j === i ? { ...x, role } : x)))}
          />
          <RowButtons list={list} index={i} onChange={set} name={t('outgoing.regencyRow', { n: i + 1 })} noReorder />
        </Group>
      ))}
      <Button variant="default" size="xs" onClick={() => set([...list, { tenant: '', role: 'kepada' }])} w="fit-content">
        {t('outgoing.addRegency')}
      </Button>
    </Stack>
  );
}

function ExternalAddressees({ draft, setDraft }: DraftFieldsProps) {
  const { t } = useTranslation();
  const list = draft.external;
  const set = (next: OutgoingDraft['external']) => setDraft({ ...draft, external: next });
  const edit = (i: number, field: 'name' | 'organisation' | 'email', value: string) =>
    set(list.map((x, j) => (j === i ? { ...x, [field]: value } : x)));
  return (
    <Stack gap="xs">
      {list.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('outgoing.externalName', { n: i + 1 })}
            value={e.name}
            onChange={(v) => edit(i, 'name', v.currentTarget.value)}
          />
          <TextInput
            label={t('outgoing.externalOrganisation', { n: i + 1 })}
            value={e.organisation}
            onChange={(v) => edit(i, 'organisation', v.currentTarget.value)}
          />
          <TextInput
            type="email"
            label={t('outgoing.externalEmail', { n: i + 1 })}
            value={e.email}
            onChange={(v) => edit(i, 'email', v.currentTarget.value)}
          />
          <RowButtons list={list} index={i} onChange={set} name={t('outgoing.externalRow', { n: i + 1 })} noReorder />
        </Group>
      ))}
      <Button
        variant="default"
        size="xs"
        onClick={() => set([...list, { name: '', organisation: '', email: '' }])}
        w="fit-content"
      >
        {t('outgoing.addExternal')}
      </Button>
    </Stack>
  );
}

/** Addressees: positions in this regency, other regencies on Pamong (by code), external contacts by e-mail. */
export function AddresseeFields(props: DraftFieldsProps) {
  const { t } = useTranslation();
  const error = props.errorOf('addressees');
  return (
    <Fieldset legend={t('outgoing.addressees')}>
      <Stack>
        <Text fw={500} size="sm">
          {t('outgoing.internal')}
        </Text>
        <InternalAddressees {...props} />
        <Text fw={500} size="sm">
          {t('outgoing.regencies')}
        </Text>
        <RegencyAddressees {...props} />
        <Text fw={500} size="sm">
          {t('outgoing.external')}
        </Text>
        <ExternalAddressees {...props} />
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** The paraf chain in order; empty means "suggest from the hierarchy" (the suggestion is shown after saving). */
export function ParafChainField({ draft, setDraft, errorOf }: DraftFieldsProps) {
  const { t } = useTranslation();
  const { labelOf } = usePositions();
  const chain = draft.parafChain;
  const set = (next: string[]) => setDraft({ ...draft, parafChain: next });
  return (
    <Fieldset legend={t('outgoing.parafChain')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {chain.length === 0 ? t('outgoing.parafChainSuggested') : t('outgoing.parafChainHint')}
        </Text>
        <ol data-testid="paraf-chain" style={{ margin: 0, paddingInlineStart: 20 }}>
          {chain.map((id, i) => (
            <li key={id}>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">{labelOf(id)}</Text>
                <RowButtons list={chain} index={i} onChange={set} name={labelOf(id)} />
              </Group>
            </li>
          ))}
        </ol>
        <PositionSelect
          label={t('outgoing.addParaf')}
          value=""
          error={errorOf('parafChain')}
          onChange={(id) => {
            if (id && !chain.includes(id)) set([...chain, id]);
          }}
        />
      </Stack>
    </Fieldset>
  );
}
