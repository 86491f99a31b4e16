import type { z } from 'zod';
import type { LetterSearchItem, LetterSearchView } from '../../../../../src/modules/correspondence/letter-search.contract.ts';
import { api, queryString } from '../../../app/api.ts';

/** One found letter. */
export type FoundLetter = z.infer<typeof LetterSearchItem>;
/** One page of search results. */
export type SearchPage = z.infer<typeof LetterSearchView>;

/** Page size of the search results. */
export const SEARCH_PAGE_SIZE = 20;

/** Query key of one search, so different words are cached apart. */
export const searchKey = (q: string) => ['eoffice', 'search', q] as const;

/** One page of letters I may see that match `q`; `cursor` comes from the previous page. */
export const searchLetters = (q: string, cursor: string | null) =>
  api<SearchPage>(`/api/letters/search${queryString({ q, cursor, limit: SEARCH_PAGE_SIZE })}`);
