import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { deleteNode, esakipKeys, moveNode, type PeriodView, type PlanDocument, type TreeNodeView } from './esakip.api.ts';
import { FormError } from './form-errors.tsx';
import { IndicatorForm } from './IndicatorForm.tsx';
import { NodeForm } from './NodeForm.tsx';
import type { PlanAction } from './NodeParts.tsx';
import { childKinds, moveTargets } from './plan-model.ts';
import { TargetsForm } from './TargetsForm.tsx';

/** A dialog request: an action on a node, or a new root node. */
export type DialogRequest = PlanAction | { type: 'addRoot' };

function MoveForm({
  node,
  roots,
  onDone,
  onCancel,
}: {
  node: TreeNodeView;
  roots: TreeNodeView[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const rootAllowed = node.document === 'pokin' || childKinds(node.document, null).includes(node.kind);
  const options = [
    ...(rootAllowed ? [{ value: '', label: t('esakip.node.toRoot') }] : []),
    ...moveTargets(roots, node).map((p) => ({
      value: p.id,
      label: `${t(`esakip.kinds.${p.kind}`)}: ${p.code ? `${p.code} ` : ''}${p.title}`,
    })),
  ];
  const [parentId, setParentId] = useState(options[0]?.value ?? '');
  const mutation = useMutation({
    mutationFn: () => moveNode(node.id, { parentId: parentId || null, version: node.version }),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{node.title}</Text>
        <NativeSelect
          label={t('esakip.node.newParent')}
          data={options}
          value={parentId}
          onChange={(e) => setParentId(e.currentTarget.value)}
          required
        />
        <FormError error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={options.length === 0}>
            {t('esakip.node.move')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteConfirm({ node, onDone, onCancel }: { node: TreeNodeView; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const mutation = useMutation({ mutationFn: () => deleteNode(node.id), onSuccess: onDone });
  return (
    <Stack gap="sm">
      <Text>{t('esakip.node.deleteConfirm', { title: node.title })}</Text>
      <FormError error={mutation.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => mutation.mutate()} loading={mutation.isPending}>
          {t('esakip.node.delete')}
        </Button>
      </Group>
    </Stack>
  );
}

const TITLES: Record<DialogRequest['type'], string> = {
  add: 'esakip.node.addTitle',
  addRoot: 'esakip.node.addTitle',
  edit: 'esakip.node.editTitle',
  move: 'esakip.node.moveTitle',
  delete: 'esakip.node.deleteTitle',
  addIndicator: 'esakip.indicator.addTitle',
  editIndicator: 'esakip.indicator.editTitle',
  targets: 'esakip.targets.caption',
};

const DONE: Record<DialogRequest['type'], string> = {
  add: 'esakip.node.saved',
  addRoot: 'esakip.node.saved',
  edit: 'esakip.node.saved',
  move: 'esakip.node.moved',
  delete: 'esakip.node.deleted',
  addIndicator: 'esakip.indicator.saved',
  editIndicator: 'esakip.indicator.saved',
  targets: 'esakip.targets.saved',
};

interface PlanDialogsProps {
  request: DialogRequest | null;
  period: PeriodView;
  document: PlanDocument;
  unitId: string;
  roots: TreeNodeView[];
  onClose: () => void;
}

function DialogBody({
  request,
  period,
  document,
  unitId,
  roots,
  onClose,
  onDone,
}: PlanDialogsProps & { request: DialogRequest; onDone: () => void }) {
  const common = { onDone, onCancel: onClose };
  switch (request.type) {
    case 'addRoot':
      return <NodeForm periodId={period.id} document={document} parent={null} unitId={unitId} {...common} />;
    case 'add':
      return <NodeForm periodId={period.id} document={document} parent={request.node} unitId={unitId} {...common} />;
    case 'edit':
      return <NodeForm periodId={period.id} document={document} parent={null} node={request.node} unitId={unitId} {...common} />;
    case 'move':
      return <MoveForm node={request.node} roots={roots} {...common} />;
    case 'delete':
      return <DeleteConfirm node={request.node} {...common} />;
    case 'addIndicator':
      return <IndicatorForm nodeId={request.node.id} {...common} />;
    case 'editIndicator':
      return <IndicatorForm nodeId={request.node.id} indicator={request.indicator} {...common} />;
    case 'targets':
      return <TargetsForm indicator={request.indicator} period={period} {...common} />;
  }
}

/** The modal of the requested plan action; on success it refreshes the plan and reports and closes. */
export function PlanDialogs(props: PlanDialogsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { request, onClose } = props;
  const onDone = () => {
    if (request) notifySuccess(t(DONE[request.type]));
    void queryClient.invalidateQueries({ queryKey: esakipKeys.all });
    onClose();
  };
  const title = request ? t(TITLES[request.type]) : '';
  return (
    <Modal opened={request !== null} onClose={onClose} title={title} size="lg">
      {request ? <DialogBody {...props} request={request} onDone={onDone} /> : null}
    </Modal>
  );
}
