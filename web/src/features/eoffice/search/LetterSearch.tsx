import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { searchKey, searchLetters } from './letter-search.api.ts';
import { SearchResults } from './SearchResults.tsx';

/** Longest query the API accepts. */
const MAX_QUERY = 200;

function useLetterSearch(words: string) {
  return useInfiniteQuery({
    queryKey: searchKey(words),
    queryFn: ({ pageParam }) => searchLetters(words, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: words !== '',
  });
}

/** "Cari surat": words searched in number, hal, summary, sender and the PDF's text of the letters I may see. */
export function LetterSearch() {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [words, setWords] = useState('');
  const query = useLetterSearch(words);
  const letters = query.data?.pages.flatMap((page) => page.items) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setWords(typed.trim());
  };
  return (
    <Stack>
      <search aria-label={t('letterSearch.formLabel')}>
        <form onSubmit={submit}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('letterSearch.label')}
              description={t('letterSearch.hint')}
              placeholder={t('letterSearch.placeholder')}
              type="search"
              value={typed}
              maxLength={MAX_QUERY}
              onChange={(e) => setTyped(e.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
              maw={560}
            />
            <Button type="submit" disabled={typed.trim() === ''}>
              {t('letterSearch.submit')}
            </Button>
          </Group>
        </form>
      </search>
      <ErrorAlert error={query.error} />
      {words === '' ? (
        <Text c="dimmed" data-testid="search-idle">
          {t('letterSearch.idle')}
        </Text>
      ) : null}
      {words !== '' && query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <>
          <SearchResults letters={letters} words={words} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-count">
              {t('letterSearch.shown', { count: letters.length })}
            </Text>
            {query.hasNextPage ? (
              <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('letterSearch.loadMore')}
              </Button>
            ) : null}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
