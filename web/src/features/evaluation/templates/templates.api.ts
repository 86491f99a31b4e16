/** API client of the LKE template editor: new tenant versions and their status. */
import type { CreateTemplateInput, TemplateView } from '../../../../../src/modules/evaluation/evaluation.contract.ts';
import { api } from '../../../app/api.ts';

export type { CreateTemplateInput };

/** Stores a new tenant template version as a draft (422 with field messages when unusable). */
export const createTemplate = (input: CreateTemplateInput) =>
  api<TemplateView>('/api/evaluation/templates', { method: 'POST', body: input });

/** Activates or retires a tenant template version against the row version the user saw. */
export const setTemplateStatus = (template: TemplateView, status: 'active' | 'retired') =>
  api<TemplateView>(`/api/evaluation/templates/${encodeURIComponent(template.id ?? '')}/status`, {
    method: 'POST',
    body: { status, version: template.rowVersion },
  });
