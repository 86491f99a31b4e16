import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../app/i18n/index.ts';
import type { CompletenessItem } from './lkjip.api.ts';
import { fixTarget, sectionId } from './lkjip-outline.ts';
import { revealElement } from './OutlineView.tsx';

/** How to fix one item: a button to its section (draft reports), or a link to the e-SAKIP tab where it is fixed. */
function FixLink({ item, editable }: { item: CompletenessItem; editable: boolean }) {
  const { t } = useTranslation();
  const target = fixTarget(item);
  if (target.kind === 'section')
    return editable ? (
      <Button variant="subtle" size="compact-xs" onClick={() => revealElement(sectionId(target.key))}>
        {t('lkjip.completeness.goToSection')}
      </Button>
    ) : null;
  return (
    <Anchor component={Link} to={`/e-sakip?tab=${target.tab}`} size="sm">
      {t(`lkjip.completeness.fixAt.${target.hint}`)}
    </Anchor>
  );
}

/** What is missing before export, each item with where to fix it; a complete report says so. */
export function CompletenessPanel({ items, editable }: { items: CompletenessItem[]; editable: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (items.length === 0)
    return (
      <Alert color="teal" variant="light" title={t('lkjip.completeness.title')} data-testid="lkjip-completeness">
        {t('lkjip.completeness.complete')}
      </Alert>
    );
  return (
    <Alert color="orange" variant="light" title={t('lkjip.completeness.title')} data-testid="lkjip-completeness">
      <Stack gap={6}>
        <Text size="sm">{t('lkjip.completeness.count', { count: items.length })}</Text>
        <List size="sm" spacing={6}>
          {items.map((item) => (
            <List.Item key={`${item.code}-${item.field}`} data-missing={item.field}>
              <Text size="sm" component="span">
                {item.message[language]}
              </Text>{' '}
              <FixLink item={item} editable={editable} />
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
