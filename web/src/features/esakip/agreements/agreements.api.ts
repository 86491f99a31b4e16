/** Calls of the Perjanjian Kinerja screens (`/api/performance/agreements`), with their query keys. */
import type {
  ActionPlanInput,
  ActionPlanView,
  AgreementBudgetView,
  AgreementItemView,
  AgreementListView,
  AgreementStatus,
  AgreementSummaryView,
  AgreementTargetInput,
  AgreementView,
  BudgetRowInput,
  CreateAgreementInput,
  UpdateActionPlanInput,
} from '../../../../../src/modules/performance/agreements.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type {
  ActionPlanInput,
  ActionPlanView,
  AgreementBudgetView,
  AgreementItemView,
  AgreementStatus,
  AgreementSummaryView,
  AgreementTargetInput,
  AgreementView,
  BudgetRowInput,
  CreateAgreementInput,
};

const A = '/api/performance/agreements';
const enc = encodeURIComponent;
const one = (id: string) => `${A}/${enc(id)}`;

/** Query keys of the PK screens; every mutation invalidates `all`. */
export const agreementKeys = {
  all: ['esakip', 'agreements'] as const,
  list: (year: number, unitId: string) => ['esakip', 'agreements', 'list', year, unitId] as const,
  one: (id: string) => ['esakip', 'agreements', 'one', id] as const,
};

/** The PKs of a year, optionally of one OPD. */
export const fetchAgreements = (year: number, unitId: string) =>
  api<AgreementListView>(`${A}${queryString({ year, unitId })}`).then((r) => r.items);
/** One PK with items, budgets, rencana aksi and the caller's signing turn. */
export const fetchAgreement = (id: string) => api<AgreementView>(one(id));
/** Creates a draft PK. */
export const createAgreement = (input: CreateAgreementInput) => api<AgreementView>(A, { method: 'POST', body: input });
/** Deletes a draft PK. */
export const deleteAgreement = (id: string) => api<void>(one(id), { method: 'DELETE' });

/** Takes the OPD's sasaran indicators (for the PK's level) from the plan tree. */
export const takeItemsFromTree = (pk: AgreementView) =>
  api<{ added: number; alreadyPresent: number; agreement: AgreementView }>(`${one(pk.id)}/items/from-tree`, {
    method: 'POST',
    body: { version: pk.version },
  });
/** Changes an item's promised target. */
export const updateItemTarget = (pk: AgreementView, itemId: string, target: AgreementTargetInput) =>
  api<AgreementView>(`${one(pk.id)}/items/${enc(itemId)}`, { method: 'PUT', body: { target, version: pk.version } });
/** Removes an item (with its rencana aksi) from a draft. */
export const deleteItem = (pk: AgreementView, itemId: string) =>
  api<AgreementView>(`${one(pk.id)}/items/${enc(itemId)}${queryString({ version: pk.version })}`, { method: 'DELETE' });

/** Adds a budget row. */
export const addBudget = (pk: AgreementView, row: Omit<BudgetRowInput, 'version'>) =>
  api<AgreementView>(`${one(pk.id)}/budgets`, { method: 'POST', body: { ...row, version: pk.version } });
/** Takes the sub-kegiatan pagu of the OPD's DPA of the year. */
export const budgetsFromDpa = (pk: AgreementView) =>
  api<AgreementView>(`${one(pk.id)}/budgets/from-dpa`, { method: 'POST', body: { version: pk.version } });
/** Removes a budget row. */
export const deleteBudget = (pk: AgreementView, budgetId: string) =>
  api<AgreementView>(`${one(pk.id)}/budgets/${enc(budgetId)}${queryString({ version: pk.version })}`, {
    method: 'DELETE',
  });

/** Renders the official document; the PK goes out for signature. */
export const generateAgreement = (pk: AgreementView, input: { number?: string; place?: string }) =>
  api<AgreementView>(`${one(pk.id)}/generate`, { method: 'POST', body: { ...input, version: pk.version } });
/**
 * Signs as the party whose turn it is. SECURITY: the passphrase (BSrE only) goes straight into the request body and
 * is not kept here.
 */
export const signAgreement = (id: string, passphrase: string) =>
  api<AgreementView>(`${one(id)}/sign`, { method: 'POST', body: passphrase ? { passphrase } : {} });
/** Makes a PK perubahan of a signed PK. */
export const reviseAgreement = (pk: AgreementView, reason: string) =>
  api<AgreementView>(`${one(pk.id)}/revise`, { method: 'POST', body: { reason, version: pk.version } });
/** The current PDF (opened in a new tab; the browser sends the session cookie). */
export const agreementPdfUrl = (id: string) => `${one(id)}/pdf`;

/** Adds an action to an item. */
export const createActionPlan = (agreementId: string, input: ActionPlanInput) =>
  api<ActionPlanView>(`${one(agreementId)}/action-plans`, { method: 'POST', body: input });
/** Changes an action. */
export const updateActionPlan = (agreementId: string, planId: string, input: UpdateActionPlanInput) =>
  api<ActionPlanView>(`${one(agreementId)}/action-plans/${enc(planId)}`, { method: 'PUT', body: input });
/** Deletes an action. */
export const deleteActionPlan = (agreementId: string, planId: string) =>
  api<void>(`${one(agreementId)}/action-plans/${enc(planId)}`, { method: 'DELETE' });
