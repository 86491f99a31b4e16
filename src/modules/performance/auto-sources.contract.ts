/**
 * Request and response shapes of automatic realisasi: the source key an indicator may carry, the catalogue, and the
 * rows one run wrote. The web app imports it.
 */
import { z } from 'zod';
import { AUTO_SOURCE_KEYS, isAutoSourceKey } from './auto-sources.ts';

export { AUTO_SOURCE_KEYS, type AutoSourceKey } from './auto-sources.ts';

/** An automatic realisasi source of the catalogue (`eoffice.disposition_median_days`, …). */
export const AutoSourceKeyInput = z.string().refine(isAutoSourceKey, { message: 'performance.auto.unknownSource' });

const Localized = z.object({ id: z.string(), en: z.string() });
/** `GET /api/performance/auto-sources`: the catalogue. */
export const AutoSourceListView = z.object({
  items: z.array(
    z.object({
      key: z.enum(AUTO_SOURCE_KEYS),
      label: Localized,
      unitOfMeasure: Localized,
      suggestedPolarity: z.enum(['maximize', 'minimize']),
    }),
  ),
});
export type AutoSourceListView = z.infer<typeof AutoSourceListView>;

/** What a run did with one period: inserted, updated, left equal, left a person's or verified row, or had no value. */
export const AutoWriteOutcome = z.enum(['created', 'updated', 'unchanged', 'protected', 'no_data']);
/** `POST /api/performance/indicators/:indicatorId/auto-realizations`: one run for one indicator. */
export const AutoRealizationRunView = z.object({
  indicatorId: z.string(),
  source: z.string(),
  unitId: z.string().nullable(),
  periods: z.array(
    z.object({
      year: z.number(),
      period: z.string(),
      from: z.string(),
      to: z.string(),
      value: z.string().nullable(),
      outcome: AutoWriteOutcome,
    }),
  ),
});
export type AutoRealizationRunView = z.infer<typeof AutoRealizationRunView>;
