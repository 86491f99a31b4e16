import type {
  InsertInput,
  ManualInput,
  NumberView,
  ReconcileReport,
  RegisterView,
  SchemeView,
  UpdateSchemeInput,
} from '../../../../src/modules/numbering/numbering.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type { InsertInput, ManualInput, NumberView, ReconcileReport, SchemeView, UpdateSchemeInput };
/** A state of a number in the register. */
export type NumberState = NumberView['state'];

/** Page size of the register. */
export const REGISTER_PAGE_SIZE = 100;

/** Query keys of this feature, so mutations can invalidate them. */
export const numberingKeys = {
  all: ['numbering'] as const,
  schemes: ['numbering', 'schemes'] as const,
  register: (scheme: string, year: number, state: string) => ['numbering', 'register', scheme, year, state] as const,
  preview: (template: string) => ['numbering', 'preview', template] as const,
};

const schemePath = (code: string, action = '') =>
  `/api/numbering/schemes/${encodeURIComponent(code)}${action ? `/${action}` : ''}`;

/** Every numbering scheme of the tenant. */
export const fetchSchemes = () => api<{ items: SchemeView[] }>('/api/numbering/schemes').then((r) => r.items);

/** Changes a scheme (template problems answer 422 on `body.template`). */
export const updateScheme = (code: string, input: UpdateSchemeInput) =>
  api<SchemeView>(schemePath(code), { method: 'PUT', body: input });

/** Formats a template with sample values; nothing is saved. */
export const previewTemplate = (template: string) =>
  api<{ formatted: string; length: number }>('/api/numbering/preview', { method: 'POST', body: { template } });

/** One page of the register of a scheme and year, in sequence order. */
export const fetchRegister = (scheme: string, year: number, state: NumberState | null, after: string | null) =>
  api<RegisterView>(`/api/numbering/register${queryString({ scheme, year, state, after, limit: REGISTER_PAGE_SIZE })}`);

/** Voids a number with a reason; it is never reused. */
export const voidNumber = (numberId: string, reason: string) =>
  api<void>(`/api/numbering/numbers/${encodeURIComponent(numberId)}/void`, { method: 'POST', body: { reason } });

/** A back-dated insertion after a used number. */
export const insertNumber = (code: string, input: InsertInput) =>
  api<NumberView>(schemePath(code, 'insert'), { method: 'POST', body: input });

/** Records a hand-written outage number. */
export const recordManualNumber = (code: string, input: ManualInput) =>
  api<NumberView>(schemePath(code, 'manual'), { method: 'POST', body: input });

/** Reconciles the counters of a scheme and year after an outage. */
export const reconcile = (code: string, year: number, voidGaps: boolean) =>
  api<ReconcileReport>(schemePath(code, 'reconcile'), { method: 'POST', body: { year, voidGaps } });
