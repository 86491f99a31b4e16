import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n/index.ts';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { formatLongDate } from '../../verification/verification-format.ts';
import { LetterBadges } from '../LetterBadges.tsx';
import type { FoundLetter } from './letter-search.api.ts';

const plain = { textTransform: 'none', minWidth: 'max-content' } as const;

/** The letter's numbers: our agenda number and the sender's own number. */
function NumberCell({ letter }: { letter: FoundLetter }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{letter.agendaNumber ?? '—'}</Text>
      {letter.theirNumber ? (
        <Text size="xs" c="dimmed">
          {letter.theirNumber}
        </Text>
      ) : null}
    </Stack>
  );
}

function useColumns(): Column<FoundLetter>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'hal',
      header: t('letterSearch.columns.hal'),
      rowHeader: true,
      render: (l) => (
        <Anchor component={Link} to={`/e-office/surat/${l.id}`} miw="12rem" display="inline-block">
          {l.hal}
        </Anchor>
      ),
    },
    { key: 'number', header: t('letterSearch.columns.number'), render: (l) => <NumberCell letter={l} /> },
    {
      key: 'sender',
      header: t('letterSearch.columns.sender'),
      render: (l) => (
        <Stack gap={0}>
          <Text size="sm">{l.senderName ?? '—'}</Text>
          {l.senderOrganisation ? (
            <Text size="xs" c="dimmed">
              {l.senderOrganisation}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'date',
      header: t('letterSearch.columns.date'),
      render: (l) => <span style={{ whiteSpace: 'nowrap' }}>{formatLongDate(l.receivedOn, currentLocale())}</span>,
    },
    {
      key: 'marks',
      header: t('letterSearch.columns.marks'),
      render: (l) => (
        <Stack gap={4}>
          <Badge size="sm" variant="light" color="gray" style={plain}>
            {t(`letterSearch.direction.${l.direction}`)}
          </Badge>
          <LetterBadges security={l.security} urgency={l.urgency} />
        </Stack>
      ),
    },
  ];
}

/** The found letters as a table; every subject links to the letter page. */
export function SearchResults({ letters, words }: { letters: FoundLetter[]; words: string }) {
  const { t } = useTranslation();
  return (
    <SimpleTable
      caption={t('letterSearch.caption', { words })}
      columns={useColumns()}
      rows={letters}
      rowKey={(l) => l.id}
      emptyText={t('letterSearch.noResult', { words })}
      testId="search-results"
    />
  );
}
