import { Anchor, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from './ErrorAlert.tsx';
import { PageHeader } from './PageHeader.tsx';

/** A page about one loaded record: a back link, the header, then the record's view (or loading / the error). */
export function DetailPage<T>(props: {
  back: { to: string; label: string };
  title: (record: T | undefined) => string;
  description: string;
  query: UseQueryResult<T>;
  children: (record: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const record = props.query.data;
  return (
    <>
      <Anchor component={Link} to={props.back.to} size="sm">
        ← {props.back.label}
      </Anchor>
      <PageHeader title={props.title(record)} description={props.description} />
      {record !== undefined ? (
        props.children(record)
      ) : props.query.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={props.query.error} />
      )}
    </>
  );
}
