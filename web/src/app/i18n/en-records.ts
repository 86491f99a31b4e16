import type { idRecords } from './id-records.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of the records feature (case files, filing letters). */
export const enRecords: Shape<typeof idRecords> = {
  records: {
    nav: 'Case files',
    title: 'Case files',
    description:
      'Archive case files per processing unit and classification (KKA). Letters inside show only when you may see them.',
    filters: {
      label: 'Filter case files',
      q: 'Words in the title or number',
      status: 'Status',
      year: 'Year',
      kka: 'Classification code',
    },
    status: { all: 'All', open: 'Open', closed: 'Closed' },
    columns: {
      number: 'Number',
      title: 'Title',
      kka: 'Classification',
      unit: 'Processing unit',
      year: 'Year',
      status: 'Status',
      letters: 'Letters',
    },
    empty: 'No matching case files yet.',
    loadMore: 'Load more',
    open: 'Open {{number}}',
    create: {
      title: 'Open a new case file',
      unit: 'Processing unit',
      kka: 'Archive classification code (KKA)',
      kkaHint: 'Must exist in the active regulation pack, e.g. 000.1.5',
      name: 'Case file title',
      description: 'Description',
      year: 'Year',
      submit: 'Open case file',
      done: 'Case file {{number}} opened.',
    },
    detail: {
      back: 'Back to the case files',
      letters: 'Letters in the case file',
      noLetters: 'No letters you may see are in this case file yet.',
      hidden_one: '{{count}} restricted document',
      hidden_other: '{{count}} restricted documents',
      close: 'Close case file',
      reopen: 'Reopen',
      closed: 'Case file closed.',
      reopened: 'Case file reopened.',
      remove: 'Remove {{hal}} from the case file',
      removed: 'Letter removed from the case file.',
      letterColumns: { hal: 'Subject', number: 'Number', kka: 'KKA', date: 'Date' },
    },
    panel: {
      title: 'Archive case file',
      none: 'This letter is not in a case file yet.',
      inBerkas: 'Filed in',
      search: 'Search case files',
      picker: 'Choose an open case file',
      pickerPlaceholder: 'Type a case file number or title',
      file: 'Put into case file',
      move: 'Move to this case file',
      filed: 'Letter put into case file {{number}}.',
      noOpen: 'No matching open case file.',
    },
  },
};
