/** The outgoing editor's form state and its pure conversions (to the API input, from a draft view) and checks. */
import type { DraftInput, DraftView } from './outgoing.api.ts';

type Role = 'kepada' | 'tembusan';

/** What the editor holds while the drafter types. */
export interface OutgoingDraft {
  typeCode: string;
  kka: string;
  security: DraftInput['security'];
  urgency: DraftInput['urgency'];
  signerPositionId: string;
  title: string;
  hal: string;
  place: string;
  paragraphs: string[];
  /** Lines printed after "Yth." (content.addressee), one per line. */
  addresseeText: string;
  /** Lines of the tembusan list (content.tembusan), one per line. */
  tembusanText: string;
  positions: { positionId: string; role: Role }[];
  regencies: { tenant: string; role: Role }[];
  external: { name: string; organisation: string; email: string }[];
  /** Empty: the server suggests the chain from the hierarchy. */
  parafChain: string[];
  note: string;
}

/** An empty editor. */
export function emptyOutgoingDraft(): OutgoingDraft {
  return {
    typeCode: '',
    kka: '',
    security: 'biasa',
    urgency: 'biasa',
    signerPositionId: '',
    title: '',
    hal: '',
    place: '',
    paragraphs: [''],
    addresseeText: '',
    tembusanText: '',
    positions: [],
    regencies: [],
    external: [],
    parafChain: [],
    note: '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** The API input from the editor: trimmed, empty paragraphs and lines dropped, optional parts left out when empty. */
export function draftToInput(draft: OutgoingDraft): DraftInput {
  const addressee = lines(draft.addresseeText);
  const tembusan = lines(draft.tembusanText);
  return {
    typeCode: draft.typeCode,
    kka: draft.kka,
    security: draft.security,
    urgency: draft.urgency,
    signerPositionId: draft.signerPositionId,
    addressees: {
      positions: draft.positions,
      regencies: draft.regencies.map((r) => ({ tenant: r.tenant.trim(), role: r.role })),
      external: draft.external.map((e) => ({
        name: e.name.trim(),
        email: e.email.trim(),
        ...(e.organisation.trim() ? { organisation: e.organisation.trim() } : {}),
      })),
    },
    ...(draft.parafChain.length > 0 ? { parafChain: draft.parafChain } : {}),
    content: {
      title: draft.title.trim(),
      hal: draft.hal.trim(),
      place: draft.place.trim(),
      body: draft.paragraphs
        .map((text) => text.trim())
        .filter((text) => text.length > 0)
        .map((text) => ({ kind: 'paragraph', text })),
      ...(addressee.length > 0 ? { addressee } : {}),
      ...(tembusan.length > 0 ? { tembusan } : {}),
    },
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

/** The editor filled from a stored draft (to write its next version). Non-paragraph blocks are kept as their text. */
export function draftFromView(view: DraftView): OutgoingDraft {
  const content = view.content;
  const paragraphs = content.body.map((block) => (typeof block.text === 'string' ? block.text : ''));
  return {
    ...emptyOutgoingDraft(),
    typeCode: view.typeCode,
    kka: view.kka,
    security: view.security,
    urgency: view.urgency,
    signerPositionId: view.signerPositionId,
    title: content.title,
    hal: content.hal,
    place: content.place,
    paragraphs: paragraphs.length > 0 ? paragraphs : [''],
    addresseeText: (content.addressee ?? []).join('\n'),
    tembusanText: (content.tembusan ?? []).join('\n'),
    positions: view.addressees.positions,
    regencies: view.addressees.regencies,
    external: view.addressees.external.map((e) => ({ name: e.name, organisation: e.organisation ?? '', email: e.email })),
    parafChain: view.parafChain,
  };
}

/** A problem with the editor's content, as an i18n key per field. */
export type DraftProblems = Partial<
  Record<'typeCode' | 'kka' | 'signerPositionId' | 'title' | 'hal' | 'place' | 'body' | 'addressees' | 'parafChain', string>
>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What must be fixed before saving (the server checks everything again). */
export function draftProblems(draft: OutgoingDraft): DraftProblems {
  const problems: DraftProblems = {};
  const required = 'outgoing.errors.required';
  if (!draft.typeCode) problems.typeCode = required;
  if (!draft.kka) problems.kka = required;
  if (!draft.signerPositionId) problems.signerPositionId = required;
  if (!draft.title.trim()) problems.title = required;
  if (!draft.hal.trim()) problems.hal = required;
  if (!draft.place.trim()) problems.place = required;
  if (!draft.paragraphs.some((p) => p.trim())) problems.body = 'outgoing.errors.noBody';
  const count = draft.positions.length + draft.regencies.length + draft.external.length;
  if (count === 0) problems.addressees = 'outgoing.errors.noAddressees';
  else if (draft.external.some((e) => !e.name.trim() || !EMAIL.test(e.email.trim())))
    problems.addressees = 'outgoing.errors.external';
  else if (draft.regencies.some((r) => !r.tenant.trim())) problems.addressees = 'outgoing.errors.regency';
  if (draft.parafChain.includes(draft.signerPositionId) && draft.signerPositionId)
    problems.parafChain = 'outgoing.errors.signerInChain';
  return problems;
}

/** `list` with the item at `index` moved by `delta` places (unchanged when it would leave the list). */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Badge colour of a draft status. */
export function statusColor(status: string): string {
  const colors: Record<string, string> = {
    draft: 'gray',
    dalam_persetujuan: 'blue',
    perlu_revisi: 'orange',
    siap_tte: 'violet',
    ditandatangani: 'teal',
    terkirim: 'green',
    dibatalkan: 'red',
  };
  return colors[status] ?? 'gray';
}

/** The version numbers of a draft (1 … current), newest first. */
export function versionNumbers(current: number): number[] {
  return Array.from({ length: Math.max(current, 0) }, (_, i) => current - i);
}
