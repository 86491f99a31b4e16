import { Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeNodeView } from './esakip.api.ts';
import classes from './esakip.module.css';
import { IndicatorList, NodeHeading, NodeMenu, type PlanAction } from './NodeParts.tsx';
import { nodeMatches } from './plan-model.ts';

interface PlanTreeProps {
  roots: TreeNodeView[];
  expanded: ReadonlySet<string>;
  onExpandedChange: (id: string, open: boolean) => void;
  /** Normalized search text: matching nodes are highlighted and every branch shown is open. */
  needle: string;
  label: string;
  onAction: (action: PlanAction) => void;
}

const FOCUS = '[data-tree-focus]';

/** The element of a node that takes focus: its toggle button, or the item itself for a leaf. */
function focusTargetOf(item: Element | null): HTMLElement | null {
  if (!item) return null;
  return item.matches(FOCUS) ? (item as HTMLElement) : item.querySelector<HTMLElement>(`:scope > div ${FOCUS}`);
}

/** Arrow keys: up/down move between visible nodes, right opens (or enters), left closes (or goes to the parent). */
function onTreeKey(
  event: KeyboardEvent<HTMLUListElement>,
  isOpen: (id: string) => boolean,
  toggle: (id: string, open: boolean) => void,
) {
  const target = event.target as HTMLElement;
  if (!target.matches(FOCUS)) return;
  const item = target.closest<HTMLElement>('li[data-node-id]');
  const id = item?.dataset.nodeId;
  if (!item || !id) return;
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUS)];
  const index = all.indexOf(target);
  const hasChildren = item.dataset.parent === 'true';
  let next: HTMLElement | null | undefined = null;
  if (event.key === 'ArrowDown') next = all[index + 1];
  else if (event.key === 'ArrowUp') next = all[index - 1];
  else if (event.key === 'Home') next = all[0];
  else if (event.key === 'End') next = all[all.length - 1];
  else if (event.key === 'ArrowRight' && hasChildren) {
    if (isOpen(id)) next = focusTargetOf(item.querySelector('ul > li'));
    else toggle(id, true);
  } else if (event.key === 'ArrowLeft') {
    if (hasChildren && isOpen(id)) toggle(id, false);
    else next = focusTargetOf(item.parentElement?.closest('li[data-node-id]') ?? null);
  } else return;
  event.preventDefault();
  next?.focus();
}

/**
 * The plan as nested lists: a node with children has a disclosure button (aria-expanded, Enter/Space), the arrow
 * keys move through the tree, and each node shows its indicators with yearly targets and an action menu.
 */
export function PlanTree({ roots, expanded, onExpandedChange, needle, label, onAction }: PlanTreeProps) {
  const { t } = useTranslation();
  const isOpen = (id: string) => needle !== '' || expanded.has(id);

  const renderNode = (node: TreeNodeView) => {
    const hasChildren = node.children.length > 0;
    const open = hasChildren && isOpen(node.id);
    const titleId = `plan-title-${node.id}`;
    const groupId = `plan-group-${node.id}`;
    const leafFocus = hasChildren ? {} : { tabIndex: -1, 'data-tree-focus': true, 'aria-labelledby': titleId };
    return (
      <li
        key={node.id}
        data-node-id={node.id}
        data-parent={hasChildren}
        className={`${classes.item} ${nodeMatches(node, needle) ? classes.matched : ''}`}
        {...leafFocus}
      >
        <div className={classes.row}>
          {hasChildren ? (
            <button
              type="button"
              className={classes.toggle}
              aria-expanded={open}
              aria-controls={open ? groupId : undefined}
              aria-labelledby={titleId}
              data-tree-focus
              onClick={() => onExpandedChange(node.id, !open)}
            >
              <span aria-hidden>{open ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span className={classes.spacer} aria-hidden />
          )}
          <div className={classes.body} id={`plan-node-${node.id}`}>
            <NodeHeading node={node} needle={needle} titleId={titleId} />
            <IndicatorList node={node} onAction={onAction} />
          </div>
          <NodeMenu node={node} onAction={onAction} />
        </div>
        {open ? (
          <ul id={groupId} className={classes.group}>
            {node.children.map(renderNode)}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <nav aria-label={label}>
      <Text size="xs" c="dimmed" id="plan-tree-keys" mb={4}>
        {t('esakip.plan.treeKeys')}
      </Text>
      <ul className={classes.tree} aria-describedby="plan-tree-keys" onKeyDown={(e) => onTreeKey(e, isOpen, onExpandedChange)}>
        {roots.map(renderNode)}
      </ul>
    </nav>
  );
}
