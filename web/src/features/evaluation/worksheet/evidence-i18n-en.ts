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
    tabs: { pick: 'Pick Pamong records', upload: 'Upload a file' },
    upload: {
      hint: 'Files are saved as evidence of this criterion at once (no need to press Save).',
      file: 'Evidence file',
      types: 'PDF, JPEG or PNG.',
      send: 'Upload file',
      sending: 'Uploading the file',
      done: 'File {{name}} uploaded.',
      none: 'No files for this criterion yet.',
      list: 'Evidence files of this criterion',
      remove: 'Remove file {{name}}',
      removed: 'File {{name}} removed.',
      side: { unit: 'Uploaded by the agency', evaluator: 'Uploaded by the evaluator' },
    },
  },
};
