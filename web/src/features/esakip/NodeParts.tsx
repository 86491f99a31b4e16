import { ActionIcon, Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorView, TreeNodeView } from './esakip.api.ts';
import classes from './esakip.module.css';
import { formatTarget } from './target-draft.ts';

/** What a user asked to do with a node or one of its indicators. */
export type PlanAction =
  | { type: 'add' | 'edit' | 'move' | 'delete' | 'addIndicator'; node: TreeNodeView }
  | { type: 'editIndicator' | 'targets'; node: TreeNodeView; indicator: IndicatorView };

/** `text` with every case-insensitive occurrence of `needle` wrapped in `<mark>`. */
export function Highlight({ text, needle }: { text: string; needle: string }) {
  if (!needle) return <>{text}</>;
  const lower = text.toLocaleLowerCase('id');
  const parts: { text: string; hit: boolean; start: number }[] = [];
  let at = 0;
  for (let found = lower.indexOf(needle); found >= 0 && needle; found = lower.indexOf(needle, at)) {
    if (found > at) parts.push({ text: text.slice(at, found), hit: false, start: at });
    parts.push({ text: text.slice(found, found + needle.length), hit: true, start: found });
    at = found + needle.length;
  }
  parts.push({ text: text.slice(at), hit: false, start: at });
  return (
    <>
      {parts.map((part) =>
        part.hit ? <mark key={part.start}>{part.text}</mark> : <Fragment key={part.start}>{part.text}</Fragment>,
      )}
    </>
  );
}

/** Kind badge, pohon kinerja level, code and title of a node. */
export function NodeHeading({ node, needle, titleId }: { node: TreeNodeView; needle: string; titleId?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Badge variant="light" size="sm" tt="none">
        {t(`esakip.kinds.${node.kind}`)}
      </Badge>
      {node.pokinLevel ? (
        <Badge variant="outline" color="gray" size="sm" tt="none">
          {t(`esakip.levels.${node.pokinLevel}`)}
        </Badge>
      ) : null}
      {node.code ? (
        <Text span size="sm" c="dimmed" ff="monospace">
          <Highlight text={node.code} needle={needle} />
        </Text>
      ) : null}
      <Text span fw={600} id={titleId} className={classes.title}>
        <Highlight text={node.title} needle={needle} />
      </Text>
    </Group>
  );
}

function IndicatorMenu({
  node,
  indicator,
  onAction,
}: {
  node: TreeNodeView;
  indicator: IndicatorView;
  onAction: (a: PlanAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="sm" aria-label={t('esakip.plan.indicatorActionsFor', { name: indicator.name })}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction({ type: 'editIndicator', node, indicator })}>{t('esakip.indicator.edit')}</Menu.Item>
        <Menu.Item onClick={() => onAction({ type: 'targets', node, indicator })}>{t('esakip.indicator.targets')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The indicators of a node: name, unit, polarity, IKU badge and the target of every year. */
export function IndicatorList({ node, onAction }: { node: TreeNodeView; onAction?: (a: PlanAction) => void }) {
  const { t } = useTranslation();
  if (node.indicators.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('esakip.plan.noIndicators')}
      </Text>
    );
  return (
    <ul className={classes.indicators}>
      {node.indicators.map((indicator) => (
        <li key={indicator.id} data-testid="indicator">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Stack gap={2} miw={0} style={{ flex: 1 }}>
              <Group gap={6} wrap="wrap">
                {indicator.isIku ? (
                  <Badge size="xs" color="grape">
                    {t('esakip.plan.iku')}
                  </Badge>
                ) : null}
                <Text span size="sm">
                  {indicator.name}
                </Text>
                <Text span size="xs" c="dimmed">
                  ({indicator.unitOfMeasure} · {t(`esakip.polarity.${indicator.polarity}`)})
                </Text>
              </Group>
              <Text size="xs" c="dimmed" data-testid="targets">
                {indicator.targets.length === 0
                  ? t('esakip.targets.none')
                  : indicator.targets
                      .filter((target) => target.period === null)
                      .map((target) => `${target.year}: ${formatTarget(target)}`)
                      .join(' · ')}
              </Text>
            </Stack>
            {onAction ? <IndicatorMenu node={node} indicator={indicator} onAction={onAction} /> : null}
          </Group>
        </li>
      ))}
    </ul>
  );
}

/** The menu of actions on a node (everyone sees it; the API refuses what a user may not do). */
export function NodeMenu({ node, onAction }: { node: TreeNodeView; onAction: (a: PlanAction) => void }) {
  const { t } = useTranslation();
  const item = (type: 'add' | 'edit' | 'move' | 'delete' | 'addIndicator', label: string) => (
    <Menu.Item onClick={() => onAction({ type, node })} color={type === 'delete' ? 'red' : undefined}>
      {label}
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="md" aria-label={t('esakip.plan.actionsFor', { title: node.title })}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {item('add', t('esakip.node.addChild'))}
        {item('addIndicator', t('esakip.node.addIndicator'))}
        {item('edit', t('esakip.node.edit'))}
        {item('move', t('esakip.node.move'))}
        {item('delete', t('esakip.node.delete'))}
      </Menu.Dropdown>
    </Menu>
  );
}
