import { nonEmptyLines, parseBodyText } from './body-text.ts';
import type { CreateDocumentInput, EmployeeOption } from './documents.api.ts';

/** How a signer signs: own right, a.n., u.b., Plt., Plh., Pj. */
export type Capacity = CreateDocumentInput['signers'][number]['capacity'];
/** The two layout families of Permendagri 1/2023. */
export type Layout = CreateDocumentInput['layout'];
/** Letter shapes of the korespondensi family. */
export type Variant = NonNullable<CreateDocumentInput['variant']>;
/** Security classification. */
export type Security = CreateDocumentInput['security'];

/** Capacities in the order the picker lists them. */
export const CAPACITIES: Capacity[] = ['definitif', 'an', 'ub', 'plt', 'plh', 'pj'];
/** Variants of the korespondensi layout. */
export const VARIANTS: Variant[] = ['surat_dinas', 'undangan', 'nota_dinas'];
/** Security classes, least restricted first. */
export const SECURITY_CLASSES: Security[] = ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'];
/** At most this many signers per document (the API's limit). */
export const MAX_SIGNERS = 6;

/** Common kinds of naskah dinas (jenis) and the layout, variant and title each starts with. */
export const KINDS: Record<string, { layout: Layout; variant?: Variant; title: string }> = {
  surat_dinas: { layout: 'korespondensi', variant: 'surat_dinas', title: 'Surat Dinas' },
  undangan: { layout: 'korespondensi', variant: 'undangan', title: 'Undangan' },
  nota_dinas: { layout: 'korespondensi', variant: 'nota_dinas', title: 'NOTA DINAS' },
  surat_tugas: { layout: 'title_block', title: 'SURAT TUGAS' },
  keputusan: { layout: 'title_block', title: 'KEPUTUSAN' },
  pengumuman: { layout: 'title_block', title: 'PENGUMUMAN' },
  berita_acara: { layout: 'title_block', title: 'BERITA ACARA' },
};

/** One signer row of the editor. */
export interface SignerDraft {
  /** Stable React key of the row (rows can be moved). */
  key: string;
  employee: EmployeeOption | null;
  capacity: Capacity;
  jabatan: string;
  onBehalfOf: string;
  via: string;
}

/** Everything the "Buat naskah" form edits, as plain strings (textareas hold one item per line). */
export interface DocumentDraft {
  kind: string;
  layout: Layout;
  variant: Variant;
  title: string;
  number: string;
  place: string;
  date: string;
  security: Security;
  sifat: string;
  lampiran: string;
  hal: string;
  about: string;
  from: string;
  addressee: string;
  addresseePlace: string;
  body: string;
  tembusan: string;
  signers: SignerDraft[];
}

let nextKey = 0;

/** A new, empty signer row. */
export function emptySigner(): SignerDraft {
  nextKey += 1;
  return { key: `signer-${nextKey}`, employee: null, capacity: 'definitif', jabatan: '', onBehalfOf: '', via: '' };
}

/** A fresh surat dinas dated `today` (YYYY-MM-DD) with one empty signer. */
export function emptyDraft(today: string): DocumentDraft {
  return {
    kind: 'surat_dinas',
    layout: 'korespondensi',
    variant: 'surat_dinas',
    title: 'Surat Dinas',
    number: '',
    place: '',
    date: today,
    security: 'biasa',
    sifat: '',
    lampiran: '',
    hal: '',
    about: '',
    from: '',
    addressee: '',
    addresseePlace: '',
    body: '',
    tembusan: '',
    signers: [emptySigner()],
  };
}

/** Switches the kind and, for a known kind, its layout, variant and (when untouched) the title. */
export function withKind(draft: DocumentDraft, kind: string): DocumentDraft {
  const preset = KINDS[kind];
  if (!preset) return { ...draft, kind };
  const untouchedTitle = !draft.title.trim() || Object.values(KINDS).some((k) => k.title === draft.title);
  return {
    ...draft,
    kind,
    layout: preset.layout,
    variant: preset.variant ?? draft.variant,
    title: untouchedTitle ? preset.title : draft.title,
  };
}

const optional = (text: string) => text.trim() || undefined;

function signerInput(signer: SignerDraft): CreateDocumentInput['signers'][number] {
  const onBehalf = signer.capacity === 'an' || signer.capacity === 'ub';
  return {
    employeeId: signer.employee?.id ?? '',
    capacity: signer.capacity,
    jabatan: signer.jabatan.trim(),
    onBehalfOf: onBehalf ? optional(signer.onBehalfOf) : undefined,
    via: signer.capacity === 'ub' ? optional(signer.via) : undefined,
  };
}

function layoutFields(draft: DocumentDraft): Partial<CreateDocumentInput> {
  if (draft.layout === 'title_block') return { about: optional(draft.about) };
  const addressee = nonEmptyLines(draft.addressee);
  return {
    variant: draft.variant,
    sifat: optional(draft.sifat),
    lampiran: optional(draft.lampiran),
    hal: optional(draft.hal),
    from: draft.variant === 'nota_dinas' ? optional(draft.from) : undefined,
    addressee: addressee.length > 0 ? addressee : undefined,
    addresseePlace: optional(draft.addresseePlace),
  };
}

/** The API body of a draft: text trimmed, empty optional fields left out, body text parsed into blocks. */
export function draftToInput(draft: DocumentDraft): CreateDocumentInput {
  const tembusan = nonEmptyLines(draft.tembusan);
  return {
    kind: draft.kind.trim(),
    layout: draft.layout,
    title: draft.title.trim(),
    number: optional(draft.number),
    place: draft.place.trim(),
    date: draft.date,
    security: draft.security,
    ...layoutFields(draft),
    body: parseBodyText(draft.body),
    signers: draft.signers.map(signerInput),
    tembusan: tembusan.length > 0 ? tembusan : undefined,
  };
}

/** The list with the item at `index` moved by `step` (−1 up, +1 down); unchanged at the ends. */
export function moved<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}
