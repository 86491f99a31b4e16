/** The quarter entry form as data: drafts, checks done on the phone (same rules as the server contract) and the body. */
import type {
  EvidenceKind,
  Quarter,
  SubmitRealizationInput,
} from '../../../../../src/modules/villages/village-accountability.contract.ts';

/** Nutritional statuses of a measured child (the contract's ChildStatus). */
export const CHILD_STATUSES = ['normal', 'at_risk', 'stunted', 'severely_stunted'] as const;
/** One of CHILD_STATUSES. */
export type ChildStatusCode = (typeof CHILD_STATUSES)[number];

/** A household row as typed. */
export interface HouseholdDraft {
  clientId: string;
  noKk: string;
  nik: string;
  name: string;
  reason: string;
}

/** A child row as typed (numbers kept as text until sent). */
export interface ChildDraft {
  clientId: string;
  nik: string;
  name: string;
  ageMonths: string;
  heightCm: string;
  weightKg: string;
  status: ChildStatusCode | '';
}

/** The whole form as typed. */
export interface EntryDraft {
  value: string;
  note: string;
  submit: boolean;
  households: HouseholdDraft[];
  children: ChildDraft[];
  ikm: { respondents: string; score: string };
}

/** An empty form (or one prefilled from a returned/draft realisasi). */
export function emptyDraft(value = '', note = ''): EntryDraft {
  return { value, note, submit: true, households: [], children: [], ikm: { respondents: '', score: '' } };
}

/** A new empty household row. */
export const newHousehold = (clientId: string): HouseholdDraft => ({ clientId, noKk: '', nik: '', name: '', reason: '' });
/** A new empty child row. */
export const newChild = (clientId: string): ChildDraft => ({
  clientId,
  nik: '',
  name: '',
  ageMonths: '',
  heightCm: '',
  weightKg: '',
  status: '',
});

/** Digits only: what a NIK/No KK field keeps of what is typed or pasted (spaces, dots, dashes dropped). */
export const onlyDigits = (text: string) => text.replace(/\D/g, '').slice(0, 16);

/** True for exactly 16 digits (NIK and Nomor KK). */
export const isSixteenDigits = (text: string) => /^\d{16}$/.test(text);

/** A 16-digit number shown after entry: the first and last four digits only (`3201 •••• •••• 0001`). */
export function maskId(digits: string): string {
  if (!isSixteenDigits(digits)) return digits;
  return `${digits.slice(0, 4)} •••• •••• ${digits.slice(12)}`;
}

/** A decimal typed on an Indonesian keyboard (`12,5`) as the API wants it (`12.5`); null when it is not a number. */
export function normalizeDecimal(text: string): string | null {
  const value = text.trim().replace(',', '.');
  return /^\d{1,15}(\.\d{1,6})?$/.test(value) ? value : null;
}

/** Field path → i18n key of the problem (paths match the server's, so its messages land on the same fields). */
export type EntryErrors = Record<string, string>;

const K = 'villagesDesa.errors';

function checkHouseholds(rows: HouseholdDraft[], errors: EntryErrors): void {
  rows.forEach((row, n) => {
    const at = `evidence.households.${n}`;
    if (!isSixteenDigits(row.noKk)) errors[`${at}.noKk`] = `${K}.noKk16`;
    if (row.nik !== '' && !isSixteenDigits(row.nik)) errors[`${at}.nik`] = `${K}.nik16`;
    if (!row.name.trim()) errors[`${at}.name`] = `${K}.required`;
    if (!row.reason.trim()) errors[`${at}.reason`] = `${K}.required`;
  });
}

function checkChildren(rows: ChildDraft[], errors: EntryErrors): void {
  rows.forEach((row, n) => {
    const at = `evidence.children.${n}`;
    if (!isSixteenDigits(row.nik)) errors[`${at}.nik`] = `${K}.nik16`;
    if (!row.name.trim()) errors[`${at}.name`] = `${K}.required`;
    const age = Number(row.ageMonths);
    if (!/^\d{1,2}$/.test(row.ageMonths.trim()) || age > 72) errors[`${at}.ageMonths`] = `${K}.age`;
    if (row.heightCm.trim() && normalizeDecimal(row.heightCm) === null) errors[`${at}.heightCm`] = `${K}.number`;
    if (row.weightKg.trim() && normalizeDecimal(row.weightKg) === null) errors[`${at}.weightKg`] = `${K}.number`;
    if (!row.status) errors[`${at}.status`] = `${K}.required`;
  });
}

/** The problems the phone can see before saving; empty when the entry may be queued. */
export function validateEntry(draft: EntryDraft, kind: EvidenceKind): EntryErrors {
  const errors: EntryErrors = {};
  if (normalizeDecimal(draft.value) === null) errors.value = draft.value.trim() ? `${K}.number` : `${K}.required`;
  if (draft.note.length > 2000) errors.note = `${K}.tooLong`;
  if (kind === 'households') checkHouseholds(draft.households, errors);
  if (kind === 'children') checkChildren(draft.children, errors);
  if (kind === 'ikm') {
    if (!/^\d{1,6}$/.test(draft.ikm.respondents.trim()) || Number(draft.ikm.respondents) < 1) {
      errors['evidence.ikm.respondents'] = `${K}.respondents`;
    }
    if (normalizeDecimal(draft.ikm.score) === null) errors['evidence.ikm.score'] = `${K}.number`;
  }
  return errors;
}

const optionalDecimal = (text: string) => (text.trim() ? normalizeDecimal(text) : null);

function evidenceOf(draft: EntryDraft, kind: EvidenceKind): SubmitRealizationInput['evidence'] {
  if (kind === 'households') {
    const households = draft.households.map((h) => ({ ...h, nik: h.nik || null, name: h.name.trim(), reason: h.reason.trim() }));
    return { households };
  }
  if (kind === 'children') {
    const children = draft.children.map((c) => ({
      ...{ clientId: c.clientId, nik: c.nik, name: c.name.trim(), ageMonths: Number(c.ageMonths) },
      ...{ heightCm: optionalDecimal(c.heightCm), weightKg: optionalDecimal(c.weightKg), status: c.status as ChildStatusCode },
    }));
    return { children };
  }
  if (kind === 'ikm') return { ikm: { respondents: Number(draft.ikm.respondents), score: normalizeDecimal(draft.ikm.score)! } };
  return undefined;
}

/** Where an entry belongs. */
export interface EntrySlot {
  regionId: string;
  year: number;
  indicatorId: string;
  quarter: Quarter;
  evidenceKind: EvidenceKind;
}

/** The PUT body of a checked draft. */
export function toSubmitBody(draft: EntryDraft, slot: EntrySlot): SubmitRealizationInput {
  const evidence = evidenceOf(draft, slot.evidenceKind);
  return {
    regionId: slot.regionId,
    year: slot.year,
    indicatorId: slot.indicatorId,
    quarter: slot.quarter,
    value: normalizeDecimal(draft.value)!,
    note: draft.note.trim() || null,
    ...(evidence ? { evidence } : {}),
    submit: draft.submit,
  };
}

/** A queued body back as a draft (to correct an entry the server refused). */
export function draftFromBody(body: SubmitRealizationInput): EntryDraft {
  const e = body.evidence;
  return {
    value: body.value,
    note: body.note ?? '',
    submit: body.submit,
    households: (e?.households ?? []).map((h) => ({ ...h, nik: h.nik ?? '' })),
    children: (e?.children ?? []).map((c) => ({
      ...{ clientId: c.clientId, nik: c.nik, name: c.name, ageMonths: String(c.ageMonths) },
      ...{ heightCm: c.heightCm ?? '', weightKg: c.weightKg ?? '', status: c.status },
    })),
    ikm: e?.ikm ? { respondents: String(e.ikm.respondents), score: e.ikm.score } : { respondents: '', score: '' },
  };
}
