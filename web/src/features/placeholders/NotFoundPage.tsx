import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';

/** Shown for unknown addresses inside the app. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Text>
        {t('notFound.body')}{' '}
        <Anchor component={Link} to="/">
          {t('nav.home')}
        </Anchor>
      </Text>
    </>
  );
}
