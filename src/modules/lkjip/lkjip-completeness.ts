/**
 * What is missing before a report is exported (pure): an indicator without a verified realisasi for its last period,
 * a PK not signed (an OPD's own; for the regency each reporting OPD's PK with the regional head), a narrative section without text, no budget data. Each item has a field key and an
 * Indonesian and English message.
 */
import type { LkjipFacts } from '../performance/index.ts';
import { lkjipMessages } from './lkjip.messages.ts';
import type { LkjipSectionDraft } from './lkjip-model.ts';

/** Kinds of missing things. */
export type CompletenessCode = keyof typeof lkjipMessages.id.completeness;

/** One missing thing. */
export interface CompletenessItem {
  readonly code: CompletenessCode;
  readonly field: string;
  readonly message: { readonly id: string; readonly en: string };
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));

function item(code: CompletenessCode, field: string, params: Record<string, string | number>): CompletenessItem {
  return {
    code,
    field,
    message: { id: fill(lkjipMessages.id.completeness[code], params), en: fill(lkjipMessages.en.completeness[code], params) },
  };
}

/**
 * The regency's lampiran is the PKs its regional head signed with each Kepala OPD (level `opd`): one item per OPD that
 * reports in the year without a signed one, or one item when none is signed at all.
 */
function regencyAgreementItems(facts: LkjipFacts): CompletenessItem[] {
  if (facts.opdAgreements.length === 0) return [item('regencyAgreementsNone', 'agreements', { year: facts.year })];
  return facts.opdAgreements
    .filter((o) => o.agreement === null)
    .map((o) => item('opdAgreementNotSigned', `agreements.${o.unitId}`, { unit: o.unitName, year: facts.year }));
}

/** The completeness items of a report, in outline order of the data, then the sections. */
export function completenessOf(facts: LkjipFacts, sections: readonly LkjipSectionDraft[]): CompletenessItem[] {
  const items: CompletenessItem[] = [];
  if (facts.indicators.length === 0) items.push(item('noIndicators', 'indicators', { year: facts.year }));
  for (const i of facts.indicators) {
    const verified = i.realisasi.some((r) => r.period === i.lastPeriod && r.status === 'verified');
    if (!verified)
      items.push(item('realisasiNotVerified', `realisasi.${i.id}.${i.lastPeriod}`, { indicator: i.name, period: i.lastPeriod }));
  }
  if (facts.unitId !== null && facts.agreement === null)
    items.push(item('agreementNotSigned', 'agreement', { year: facts.year }));
  if (facts.unitId === null) items.push(...regencyAgreementItems(facts));
  if (facts.programmes.length === 0) items.push(item('noBudget', 'budget', { year: facts.year }));
  for (const s of sections) if (!s.text.trim()) items.push(item('sectionEmpty', `sections.${s.key}`, { title: s.title }));
  return items;
}
