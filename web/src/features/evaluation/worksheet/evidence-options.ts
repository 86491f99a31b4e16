/** Where the evidence picker finds records already in Pamong, per kind, as `{kind, id, label}` options. */
import { fetchDocuments } from '../../documents/documents.api.ts';
import { fetchAgreements } from '../../esakip/agreements/agreements.api.ts';
import { fetchPeriods } from '../../esakip/esakip.api.ts';
import { fetchRealizationGrid } from '../../esakip/realizations/realizations.api.ts';
import type { EvidenceLink } from '../evaluation.api.ts';

/** The kinds a user may pick from existing records (a file is attached elsewhere). */
export const PICKABLE_KINDS = ['agreement', 'plan', 'realization', 'document'] as const;
/** One pickable kind. */
export type PickableKind = (typeof PICKABLE_KINDS)[number];

/** The OPD and year of the evaluation whose evidence is picked (and its id, for uploading files). */
export interface EvidenceScope {
  unitId: string;
  year: number;
  id?: string;
}

/** A label within the contract's 200 characters. */
const withinLimit = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);
const link = (kind: EvidenceLink['kind'], id: string, label: string): EvidenceLink => ({
  kind,
  id,
  label: withinLimit(label.trim()),
});

/** The OPD's Perjanjian Kinerja of the year (every revision). */
async function agreementOptions(scope: EvidenceScope) {
  const items = await fetchAgreements(scope.year, scope.unitId);
  return items.map((pk) =>
    link('agreement', pk.id, `PK ${pk.year} ${pk.unitName}${pk.revision > 0 ? ` (rev. ${pk.revision})` : ''}`),
  );
}

/** The plan periods (RPJMD/Renstra). */
async function planOptions() {
  const periods = await fetchPeriods();
  return periods.map((p) => link('plan', p.id, `${p.title} (${p.startYear}–${p.endYear})`));
}

/** Every entered realisasi of the OPD's indicators in the year. */
async function realizationOptions(scope: EvidenceScope) {
  const grid = await fetchRealizationGrid(scope.unitId, scope.year);
  return grid.indicators.flatMap((row) =>
    row.periods.flatMap((cell) =>
      cell.realization
        ? [
            link(
              'realization',
              cell.realization.id,
              `${row.code ? `${row.code} ` : ''}${row.name} — ${cell.period} ${scope.year}`,
            ),
          ]
        : [],
    ),
  );
}

/** Official documents (naskah) the user can see, except withdrawn ones. */
async function documentOptions() {
  const list = await fetchDocuments();
  return list.items
    .filter((d) => d.status !== 'withdrawn')
    .map((d) => link('document', d.id, `${d.number ?? d.title}: ${d.subject}`));
}

/** The pickable records of a kind for the evaluation's OPD and year. */
export function fetchEvidenceOptions(kind: PickableKind, scope: EvidenceScope): Promise<EvidenceLink[]> {
  if (kind === 'agreement') return agreementOptions(scope);
  if (kind === 'plan') return planOptions();
  if (kind === 'realization') return realizationOptions(scope);
  return documentOptions();
}

/** Options whose label contains every word of the search (case-insensitive). */
export function matchingOptions(options: readonly EvidenceLink[], search: string): EvidenceLink[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
}

/** Same record: kind and id. */
export const sameLink = (a: EvidenceLink, b: EvidenceLink) => a.kind === b.kind && a.id === b.id;
