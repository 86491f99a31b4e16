/** Zod contracts of the plan and realisasi XLSX routes (the web app may import this file). */
import { z } from 'zod';
import { BudgetImportView } from './budget.contract.ts';

/** The answer of a dry run or an import (the same shape as the budget import). */
export const XlsxImportView = BudgetImportView;
export type XlsxImportView = BudgetImportView;

/** `?dryRun=true|false` of a plan import (default: only check). */
export const PlanXlsxImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

/** `:periodId` and `:unitId` of a Renstra file. */
export const PeriodUnitParams = z.object({ periodId: z.uuid(), unitId: z.uuid() });

/** `:unitId` and `:year` of a realisasi file (`…/units/:unitId/realizations/:year.xlsx`). */
export const RealizationFileParams = z.object({ unitId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
