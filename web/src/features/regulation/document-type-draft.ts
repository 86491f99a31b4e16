import type { DocumentTypeInput, DocumentTypeView } from './regulation.api.ts';

/** What the document type form holds while being edited (text fields as typed). */
export interface DocumentTypeDraft {
  code: string;
  name: string;
  family: DocumentTypeView['family'];
  subfamily: string;
  layout: DocumentTypeView['layout'];
  variant: NonNullable<DocumentTypeView['variant']>;
  numberSchemeCode: string;
  requiresSignature: boolean;
  /** Signer echelon levels, comma separated as typed (e.g. "II, III.a"). */
  signerLevels: string;
}

/** Families and layouts and letter variants, in the order the selects show them. */
export const FAMILIES: DocumentTypeView['family'][] = ['arahan', 'korespondensi', 'khusus', 'lainnya'];
/** Layouts of a document type. */
export const LAYOUTS: DocumentTypeView['layout'][] = ['korespondensi', 'title_block'];
/** Letter variants of the korespondensi layout. */
export const VARIANTS: DocumentTypeDraft['variant'][] = ['surat_dinas', 'undangan', 'nota_dinas'];

/** The form's starting values: an existing type, or an empty new one. */
export function draftOf(type: DocumentTypeView | null): DocumentTypeDraft {
  return {
    code: type?.code ?? '',
    name: type?.name ?? '',
    family: type?.family ?? 'korespondensi',
    subfamily: type?.subfamily ?? '',
    layout: type?.layout ?? 'korespondensi',
    variant: type?.variant ?? 'surat_dinas',
    numberSchemeCode: type?.numberSchemeCode ?? '',
    requiresSignature: type?.requiresSignature ?? true,
    signerLevels: type?.signerLevels.join(', ') ?? '',
  };
}

/** The PUT body: blanks become null, the variant only with the korespondensi layout, levels split on commas. */
export function documentTypeBody(draft: DocumentTypeDraft): DocumentTypeInput {
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    name: draft.name.trim(),
    family: draft.family,
    subfamily: blankToNull(draft.subfamily),
    layout: draft.layout,
    variant: draft.layout === 'korespondensi' ? draft.variant : null,
    numberSchemeCode: blankToNull(draft.numberSchemeCode.toUpperCase()),
    requiresSignature: draft.requiresSignature,
    signerLevels: draft.signerLevels
      .split(',')
      .map((level) => level.trim())
      .filter(Boolean),
  };
}
