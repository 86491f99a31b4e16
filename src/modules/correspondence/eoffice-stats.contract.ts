/**
 * The e-Office dashboard (`GET /api/eoffice/stats`): letters in/out per month and, per unit, open, overdue and
 * completed dispositions with the median response time. Counts only — no subject (hal) ever leaves the server, so
 * rahasia letters are counted but never named.
 */
import { z } from 'zod';

/** The lowest and highest year the dashboard accepts. */
export const STATS_YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** `?year=YYYY&unitId=…`: both optional; the year defaults to the current year in the tenant's time zone. */
export const EofficeStatsQuery = z.object({
  /** Checked by the service (2000–2100) so a bad year answers 422 with a field message. */
  year: z.string().max(10).optional(),
  /** Narrows the dashboard to one unit and the units below it (must be inside the caller's scope). */
  unitId: z.string().max(64).optional(),
});
export type EofficeStatsQuery = z.infer<typeof EofficeStatsQuery>;

/** Letters of one month of the year (1 = January), in the tenant's calendar. */
export const MonthLettersView = z.object({
  month: z.number(),
  /** Incoming letters registered in the month (registration instant read in the tenant's time zone). */
  incoming: z.number(),
  /** Outgoing letters signed in the month (their letter date). */
  outgoing: z.number(),
});

/**
 * Dispositions sent in the year to positions of one unit (the recipient position's own unit; no roll-up).
 * `open` includes `overdue`; `completed` counts ditindaklanjuti and selesai. Cancelled or rejected ones count
 * in neither.
 */
export const UnitDispositionStatsView = z.object({
  unitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  /** Still with the recipient now (terkirim, dibaca, diteruskan), overdue ones included. */
  open: z.number(),
  /** Of `open`: the deadline (a date) is before today in the tenant's time zone. */
  overdue: z.number(),
  /** Completed (ditindaklanjuti) or closed without follow-up (selesai). */
  completed: z.number(),
  /**
   * Median response time in hours: from the disposition being sent (created) to it being completed or closed,
   * over the completed ones; exact (even count: mean of the two middle values), rounded to 0.01 h afterwards.
   * Null when none is completed.
   */
  medianResponseHours: z.number().nullable(),
  /** How many completed dispositions the median is based on. */
  responseCount: z.number(),
});

/** The dashboard of one year. */
export const EofficeStatsView = z.object({
  year: z.number(),
  /** The tenant's time zone the months and "today" are read in. */
  timeZone: z.string(),
  /** Today in the tenant's time zone: overdue and open are as of this day. */
  asOf: z.string(),
  /** `tenant`: the whole regency; `headed`: the units under the positions the caller heads. */
  scope: z.enum(['tenant', 'headed']),
  /** Always 12 rows, January first. */
  months: z.array(MonthLettersView),
  /** Units with at least one disposition sent in the year, in organisation order. */
  units: z.array(UnitDispositionStatsView),
});
export type EofficeStatsView = z.infer<typeof EofficeStatsView>;

/** Server messages of the dashboard (namespace `eofficeStats.`). */
export const eofficeStatsMessages = {
  id: {
    yearRange: 'Tahun harus berupa angka 2000 sampai 2100.',
    unitOutOfScope: 'Unit ini di luar unit yang Anda pimpin.',
  },
  en: {
    yearRange: 'The year must be a number from 2000 to 2100.',
    unitOutOfScope: 'This unit is outside the units you head.',
  },
};
