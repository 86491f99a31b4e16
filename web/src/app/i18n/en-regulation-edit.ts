import type { idRegulationEdit } from './id-regulation-edit.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of editing a regulation pack draft (/admin/regulasi, tab "New version"). */
export const enRegulationEdit: Shape<typeof idRegulationEdit> = {
  regulationEdit: {
    tab: 'New version',
    tabDraft: 'Draft version {{version}}',
    noDraft:
      'Active version {{version}} cannot be changed directly. Make a new version (draft) from it, edit it, then activate it.',
    createDraft: 'Make a new version (draft)',
    draftBadge: 'Draft version {{version}} (not in force)',
    activeBadge: 'In force: version {{version}}',
    draftHint: 'Changes here take effect once the version is activated.',
    activate: 'Activate version',
    activateTitle: 'Activate draft version {{version}}?',
    activateConfirm:
      'Draft version {{version}} will apply to new documents and version {{active}} will be retired (older documents keep their version). Continue?',
    activateYes: 'Yes, activate version {{version}}',
    variant: { surat_dinas: 'Official letter', undangan: 'Invitation', nota_dinas: 'Memo' },
    type: {
      caption: 'Document types in the draft',
      edit: 'Edit',
      editOf: 'Edit document type {{code}}',
      editTitle: 'Edit document type {{code}}',
      add: 'Add document type',
      addTitle: 'Add document type',
      saved: 'Document type saved in the draft.',
      code: 'Code',
      codeHint: 'Upper-case letters, digits and underscores, e.g. SD, UND, KEP.',
      name: 'Name',
      family: 'Family',
      subfamily: 'Subfamily (optional)',
      layout: 'Layout',
      variant: 'Letter variant',
      scheme: 'Number scheme code (optional)',
      schemeHint: 'A scheme code from Document numbering, e.g. SURAT.',
      signers: 'Signers (echelon)',
      signersHint: 'Separate with commas, e.g. II, III.a',
      requiresSignature: 'Needs signature',
    },
    labels: {
      title: 'Security and urgency labels',
      labelOf: 'Label {{name}}',
      abbreviationOf: 'Abbreviation {{name}}',
      slaOf: 'Deadline {{name}} (hours)',
      slaHint: 'Leave empty for no deadline.',
      save: 'Save labels',
      saved: 'Labels saved in the draft.',
    },
    instructions: {
      code: 'Instruction code {{n}}',
      label: 'Instruction name {{n}}',
      up: 'Move instruction {{n}} up',
      down: 'Move instruction {{n}} down',
      remove: 'Remove instruction {{n}}',
      add: 'Add instruction',
      save: 'Save instructions',
      saved: 'Disposition instructions saved in the draft.',
    },
  },
};
