/** English texts of the village IDM page (keys `villagesIdm.…`). */
export const enVillages = {
  villagesIdm: {
    title: 'Sakip Desa',
    description:
      'Village performance accountability: the Village Development Index (IDM), village evaluation and ranking, village reports.',
    year: 'Year',
    kecamatan: 'District',
    allKecamatan: 'All districts',
    desa: 'Village',
    code: 'Code',
    status: 'Status',
    noScores: 'No scores yet',
    index: { IKS: 'IKS', IKE: 'IKE', IKL: 'IKL', IDM: 'IDM' },
    indexName: {
      IKS: 'Social Resilience Index',
      IKE: 'Economic Resilience Index',
      IKL: 'Environmental Resilience Index',
    },
    tableCaption: 'Village IDM {{year}}',
    total: '{{total}} villages',
    loadMore: 'Load more villages',
    open: 'Open {{name}}',
    empty: 'There are no villages you can see.',
    chart: {
      title: 'Villages per status',
      aria: 'Bar chart of villages per IDM status in {{year}}: {{summary}}',
      caption: 'Villages per status in {{year}}',
      count: 'Villages',
    },
    detail: {
      title: 'IDM of {{name}} in {{year}}',
      kecamatan: 'District {{name}}',
      indicators: 'Indicator scores (0–5)',
      scoreLabel: 'Score {{code}} {{name}}',
      save: 'Save scores',
      saved: 'Scores saved; IDM recomputed.',
      readOnly: 'Only DPMD planners can change the scores.',
      incomplete: 'Fill in every indicator before saving ({{missing}} missing).',
      notEntered: 'Not entered',
    },
    simulation: {
      title: 'Next-status simulation',
      needsScores: 'The simulation is available once every indicator score is saved.',
      now: 'The village’s IDM is now {{idm}}, status {{status}}.',
      top: 'This village already has the status {{status}}, the highest. There is no next status to reach.',
      unreachable: 'Even with every score raised to 5 this village cannot reach a higher status under the current thresholds.',
      goal: 'To reach {{next}} it is enough to add {{points}} score points on these {{count}} indicators:',
      step: '{{name}} ({{dimension}}, {{indexName}}): raise the score from {{from}} to {{to}}.',
      result: 'With these changes the IDM becomes {{idm}} and the village status {{next}}.',
      why: 'The system picks the change with the fewest points, then the fewest indicators. A point in an index with few indicators (such as IKL) raises the IDM more.',
      caveat:
        'This simulation only counts scores; cost, authority and who carries out the work must be discussed with the village and DPMD.',
    },
    xlsx: {
      title: 'XLSX import and export',
      intro:
        'Download this year’s scores, edit them in Excel, then check and import them back. One row per village, one column per indicator.',
      download: 'Download XLSX {{year}}',
      file: 'IDM score XLSX file',
      counts: '{{rows}} rows: {{added}} new, {{updated}} changed, {{unchanged}} unchanged.',
    },
  },
};
