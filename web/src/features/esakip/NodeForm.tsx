import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DerivesFromSelect, servesRpjmdSasaran } from './DerivesFromSelect.tsx';
import { createNode, type NodeKind, type PlanDocument, type PokinLevel, type TreeNodeView, updateNode } from './esakip.api.ts';
import { bodyFieldError, FormError } from './form-errors.tsx';
import { childKinds, childPokinLevels, isRegencyLevel } from './plan-model.ts';

const RESULT_TYPES = ['dampak', 'outcome', 'intermediate', 'output'] as const;
type ResultType = (typeof RESULT_TYPES)[number];

interface NodeFormProps {
  periodId: string;
  document: PlanDocument;
  /** The parent of a new node (null = a root); ignored when editing. */
  parent: TreeNodeView | null;
  /** The node being edited, or undefined for a new one. */
  node?: TreeNodeView;
  /** The OPD chosen above the tree ('' = none). */
  unitId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** The OPD a new node belongs to: none at regency level, the parent's below an OPD node, else the chosen one. */
function unitOfNewNode(document: PlanDocument, level: PokinLevel | null, parent: TreeNodeView | null, unitId: string) {
  if (isRegencyLevel(document, level)) return null;
  if (parent?.unitId) return parent.unitId;
  return unitId || null;
}

/** Add a node under a parent (kind options follow the parent's kind per document) or edit a node's fields. */
export function NodeForm({ periodId, document, parent, node, unitId, onDone, onCancel }: NodeFormProps) {
  const { t } = useTranslation();
  const kinds = childKinds(document, parent?.kind ?? null);
  const levels = childPokinLevels(parent?.pokinLevel ?? null);
  const [kind, setKind] = useState<NodeKind>(node?.kind ?? kinds[0] ?? 'visi');
  const [level, setLevel] = useState<PokinLevel>(node?.pokinLevel ?? levels[0] ?? 'pemda');
  const [resultType, setResultType] = useState<ResultType | ''>(node?.resultType ?? '');
  const [code, setCode] = useState(node?.code ?? '');
  const [title, setTitle] = useState(node?.title ?? '');
  const [derivesFrom, setDerivesFrom] = useState(node?.derivesFromNodeId ?? '');
  const pokin = document === 'pokin';
  const serves = servesRpjmdSasaran(document, node?.kind ?? kind);
  const mutation = useMutation({
    mutationFn: () => {
      const fields = {
        code: code.trim() || null,
        title,
        ...(pokin ? { resultType: resultType || null } : {}),
        derivesFromNodeId: serves ? derivesFrom || null : (node?.derivesFromNodeId ?? null),
      };
      // An edit sends every reference again: the API replaces what it is not sent with null.
      if (node) return updateNode(node.id, { ...fields, positionId: node.positionId, version: node.version });
      const pokinLevel = pokin ? level : null;
      return createNode(periodId, {
        ...fields,
        document,
        kind,
        parentId: parent?.id ?? null,
        unitId: unitOfNewNode(document, pokinLevel, parent, unitId),
        pokinLevel,
      });
    },
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const err = (field: string) => bodyFieldError(mutation.error, field);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {parent && !node ? <Text size="sm">{t('esakip.node.addUnder', { title: parent.title })}</Text> : null}
        {node ? null : (
          <NativeSelect
            label={t('esakip.node.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`esakip.kinds.${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as NodeKind)}
            error={err('kind')}
            required
          />
        )}
        {pokin && !node ? (
          <NativeSelect
            label={t('esakip.node.level')}
            data={levels.map((l) => ({ value: l, label: t(`esakip.levels.${l}`) }))}
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value as PokinLevel)}
            error={err('pokinLevel')}
            required
          />
        ) : null}
        {pokin ? (
          <NativeSelect
            label={t('esakip.node.resultType')}
            data={[
              { value: '', label: t('esakip.node.none') },
              ...RESULT_TYPES.map((r) => ({ value: r, label: t(`esakip.resultTypes.${r}`) })),
            ]}
            value={resultType}
            onChange={(e) => setResultType(e.currentTarget.value as ResultType | '')}
            error={err('resultType')}
          />
        ) : null}
        <TextInput
          label={t('esakip.node.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={err('code')}
          maxLength={60}
        />
        <Textarea
          label={t('esakip.node.name')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err('title')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          data-autofocus
        />
        {serves ? (
          <DerivesFromSelect periodId={periodId} value={derivesFrom} onChange={setDerivesFrom} error={err('derivesFromNodeId')} />
        ) : null}
        <FormError error={mutation.error} shown={['kind', 'pokinLevel', 'resultType', 'code', 'derivesFromNodeId', 'title']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
