import type { idSearch } from './id-search.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of letter search (e-Office tab "Cari"). */
export const enSearch: Shape<typeof idSearch> = {
  letterSearch: {
    tab: 'Search',
    formLabel: 'Search letters',
    label: 'Words to find',
    hint: 'Number, subject, summary, sender or PDF text of the letters you may see.',
    placeholder: 'e.g. district internet network',
    submit: 'Search',
    idle: 'Type words, then press Enter or the Search button.',
    caption: 'Results for "{{words}}"',
    noResult: 'No letter matches "{{words}}".',
    shown_one: '{{count}} letter shown',
    shown_other: '{{count}} letters shown',
    loadMore: 'Load more',
    columns: { hal: 'Subject', number: 'Number', sender: 'Sender', date: 'Date', marks: 'Marks' },
    direction: { incoming: 'Incoming', outgoing: 'Outgoing' },
  },
};
