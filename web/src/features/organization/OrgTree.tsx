import { Badge, Group, Text } from '@mantine/core';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolderView } from './org.api.ts';
import classes from './org.module.css';
import { type OrgTreeNode, treeKeyAction, visibleNodes } from './org-tree-model.ts';

interface OrgTreeProps {
  roots: OrgTreeNode[];
  expanded: ReadonlySet<string>;
  onExpandedChange: (id: string, open: boolean) => void;
  label: string;
}

function Holders({ holders }: { holders: HolderView[] }) {
  const { t } = useTranslation();
  if (holders.length === 0)
    return (
      <Text span size="sm" c="dimmed">
        {t('org.vacant')}
      </Text>
    );
  return (
    <Text span size="sm">
      {holders.map((h, i) => (
        <span key={h.employeeId}>
          {i > 0 ? '; ' : ''}
          {h.name}
          {h.kind !== 'definitif' ? ` (${t(`org.holderKind.${h.kind}`)})` : ''}
        </span>
      ))}
    </Text>
  );
}

function NodeLabel({ node }: { node: OrgTreeNode }) {
  const { t } = useTranslation();
  if (node.type === 'unit') {
    return (
      <Group gap={6} wrap="wrap" component="span">
        <Text span fw={600}>
          {node.unit.name}
        </Text>
        <Badge variant="light" color="gray" size="sm" tt="none">
          {node.unit.code}
        </Badge>
        <Text span size="xs" c="dimmed">
          {t(`org.unitKind.${node.unit.kind}`, { defaultValue: node.unit.kind })}
        </Text>
      </Group>
    );
  }
  const { position } = node;
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Text span size="sm" fw={position.isHead ? 600 : 400}>
        {position.name}
        {position.echelon ? ` (${position.echelon})` : ''}
      </Text>
      <Text span size="sm" c="dimmed" aria-hidden>
        —
      </Text>
      <Holders holders={position.holders} />
    </Group>
  );
}

/** The organisation as an ARIA tree: arrow keys move, Right/Left open/close, Enter/Space toggles. */
export function OrgTree({ roots, expanded, onExpandedChange, label }: OrgTreeProps) {
  const visible = useMemo(() => visibleNodes(roots, expanded), [roots, expanded]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  const activeId = focusedId && visible.some((n) => n.id === focusedId) ? focusedId : (visible[0]?.id ?? null);

  useEffect(() => {
    if (!moveFocus.current || !activeId) return;
    moveFocus.current = false;
    container.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(activeId)}"]`)?.focus();
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!activeId) return;
    const action = treeKeyAction(event.key, visible, activeId, expanded);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if ('focus' in action) {
      moveFocus.current = true;
      setFocusedId(action.focus);
    } else if ('expand' in action) onExpandedChange(action.expand, true);
    else if ('collapse' in action) onExpandedChange(action.collapse, false);
    else onExpandedChange(action.toggle, !expanded.has(action.toggle));
  };

  const renderNode = (node: OrgTreeNode, index: number, siblings: OrgTreeNode[]) => {
    const hasChildren = node.children.length > 0;
    const isOpen = hasChildren && expanded.has(node.id);
    const labelId = `tree-label-${node.id}`;
    return (
      <div
        key={node.id}
        role="treeitem"
        aria-labelledby={labelId}
        aria-expanded={hasChildren ? isOpen : undefined}
        aria-level={node.level}
        aria-setsize={siblings.length}
        aria-posinset={index + 1}
        tabIndex={node.id === activeId ? 0 : -1}
        data-node-id={node.id}
        className={classes.item}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocusedId(node.id);
        }}
      >
        <div className={classes.row} data-type={node.type}>
          {hasChildren ? (
            <button
              type="button"
              tabIndex={-1}
              aria-hidden
              className={classes.toggle}
              onClick={() => onExpandedChange(node.id, !isOpen)}
            >
              {isOpen ? '▾' : '▸'}
            </button>
          ) : (
            <span className={classes.spacer} aria-hidden />
          )}
          <span id={labelId}>
            <NodeLabel node={node} />
          </span>
        </div>
        {isOpen ? (
          // biome-ignore lint/a11y/useSemanticElements: the WAI-ARIA tree pattern nests children in role=group
          <div role="group" className={classes.group}>
            {node.children.map((child, i) => renderNode(child, i, node.children))}
          </div>
        ) : null}
      </div>
    );
  };

  return (
    <div role="tree" aria-label={label} className={classes.tree} ref={container} onKeyDown={onKeyDown}>
      {roots.map((node, i) => renderNode(node, i, roots))}
    </div>
  );
}
