import type { idEofficeStats } from './id-eoffice-stats.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of the e-Office statistics page (`/e-office/statistik`). */
export const enEofficeStats: Shape<typeof idEofficeStats> = {
  eofficeStats: {
    title: 'e-Office statistics',
    link: 'Statistics',
    description: 'Incoming and outgoing letters per month, dispositions per unit and response times. Counts only, no subjects.',
    year: 'Year',
    scopeTenant: 'Scope: the whole regency. Open and overdue are as of {{date}} ({{zone}}).',
    scopeHeaded: 'Scope: the units you head and the units below them. Open and overdue are as of {{date}} ({{zone}}).',
    lettersTitle: 'Incoming and outgoing letters per month',
    lettersCaption: 'Incoming letters (registered) and outgoing letters (signed) per month, {{year}}',
    lettersSummary: 'Bar chart of letters per month in {{year}}: {{incoming}} incoming and {{outgoing}} outgoing.',
    month: 'Month',
    incoming: 'Incoming',
    outgoing: 'Outgoing',
    dispositionsTitle: 'Open and overdue dispositions per unit',
    dispositionsNote:
      'Dispositions sent in {{year}} to positions of the unit. Open: not yet followed up; overdue: open and past the deadline.',
    dispositionsCaption: 'Dispositions per receiving unit, {{year}}',
    dispositionsSummary:
      'Stacked bar chart of dispositions per unit: {{open}} open, {{overdue}} of them overdue, in {{units}} units.',
    unit: 'Unit',
    onTime: 'Open, within deadline',
    open: 'Open',
    overdue: 'Overdue',
    completed: 'Completed',
    responseTitle: 'Median response time per unit',
    responseNote:
      'Response time: hours from a disposition being sent until it is followed up or closed without follow-up. Median over the completed ones.',
    responseCaption: 'Median disposition response time per unit (hours), {{year}}',
    responseSummary: 'Bar chart of the median response time per unit in hours, {{units}} units with completed dispositions.',
    medianHours: 'Median (hours)',
    basedOn: 'Completed dispositions',
    noMedian: '—',
    empty: 'No dispositions in this year yet.',
  },
};
