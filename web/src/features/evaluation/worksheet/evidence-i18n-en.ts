/** English texts of the evidence picker (bukti dukung) of the LKE worksheet. */
export const enEvaluationEvidence = {
  evaluationEvidence: {
    open: 'Add supporting evidence',
    title: 'Evidence of criterion {{id}}',
    hint: 'Pick records already in Pamong. The evidence is saved with the answer when you press Save.',
    kind: 'Kind of evidence',
    search: 'Search',
    none: 'No matching records.',
    full: 'At most {{count}} pieces of evidence per criterion.',
    done: 'Done',
  },
};
