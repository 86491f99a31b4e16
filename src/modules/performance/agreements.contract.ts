/**
 * Request and response shapes of Perjanjian Kinerja (PK) and rencana aksi. The web app imports it. Decimals travel as
 * strings (`'12.5'`); money has at most two decimals and no thousands separators.
 */
import { z } from 'zod';
import { parseDecimal } from './capaian/decimal.ts';
import { targetShapeRefinement } from './indicators.contract.ts';

const year = z.number().int().min(2000).max(2100);
const version = z.number().int().min(1);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** A plain decimal string; numbers written with commas or letters are refused with a field message. */
const Decimal = z
  .string()
  .trim()
  .refine((s) => parseDecimal(s) !== null, { message: 'performance.agreement.notDecimal' });
/** Rupiah: digits with at most two decimals, not negative. */
export const MoneyText = z
  .string()
  .trim()
  .regex(/^\d{1,18}(?:\.\d{1,2})?$/, { message: 'performance.agreement.notMoney' });

/** Lifecycle of a PK. */
export const AgreementStatus = z.enum(['draft', 'signing', 'signed', 'superseded']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;
/** Level of the promising official. */
export const AgreementLevel = z.enum(['opd', 'eselon_iii', 'eselon_iv']);
export type AgreementLevel = z.infer<typeof AgreementLevel>;
/** A rencana aksi period: a quarter or a month. */
export const ActionPeriod = z.string().regex(/^(Q[1-4]|M(0[1-9]|1[0-2]))$/, { message: 'performance.agreement.badPeriod' });

/** `POST /api/performance/agreements`: a draft PK of an OPD for a year between two positions. */
export const CreateAgreementInput = z.object({
  unitId: z.uuid(),
  year,
  level: AgreementLevel.default('opd'),
  firstPartyPositionId: z.uuid(),
  secondPartyPositionId: z.uuid(),
});
export type CreateAgreementInput = z.infer<typeof CreateAgreementInput>;

/** `GET /api/performance/agreements?year=&unitId=`. */
export const AgreementListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.uuid().optional(),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;

/** `:agreementId`. */
export const AgreementIdParams = z.object({ agreementId: z.uuid() });
/** `:agreementId` and `:itemId`. */
export const AgreementItemParams = z.object({ agreementId: z.uuid(), itemId: z.uuid() });
/** `:agreementId` and `:budgetId`. */
export const AgreementBudgetParams = z.object({ agreementId: z.uuid(), budgetId: z.uuid() });
/** `:agreementId` and `:planId`. */
export const ActionPlanParams = z.object({ agreementId: z.uuid(), planId: z.uuid() });

/** Compare-and-set body: the agreement version the user saw. */
export const AgreementVersionInput = z.object({ version });
/** Compare-and-set for a DELETE: `?version=` (without it the delete applies to whatever version is current). */
export const AgreementVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

/** A target as promised: a number, a range or text. */
export const AgreementTargetInput = z
  .object({
    kind: z.enum(['number', 'range', 'text']),
    value: Decimal.nullable().optional(),
    min: Decimal.nullable().optional(),
    max: Decimal.nullable().optional(),
    text: optionalText(500),
  })
  .superRefine(targetShapeRefinement('performance.agreement'));
export type AgreementTargetInput = z.infer<typeof AgreementTargetInput>;

/** `POST …/items`: one indicator of the OPD, with its target (default: the indicator's target of the year). */
export const AddItemInput = z.object({ indicatorId: z.uuid(), target: AgreementTargetInput.optional(), version });
export type AddItemInput = z.infer<typeof AddItemInput>;
/** `PUT …/items/:itemId`: the promised target and position. */
export const UpdateItemInput = z.object({
  target: AgreementTargetInput,
  sortOrder: z.number().int().min(0).max(100000).optional(),
  version,
});
export type UpdateItemInput = z.infer<typeof UpdateItemInput>;

/** `POST …/budgets`: a program (optionally down to a sub-kegiatan) with its pagu. */
export const BudgetRowInput = z.object({
  programCode: z.string().trim().min(1).max(40),
  programName: z.string().trim().min(1).max(500),
  kegiatanCode: optionalText(40),
  kegiatanName: optionalText(500),
  subKegiatanCode: optionalText(40),
  subKegiatanName: optionalText(500),
  pagu: MoneyText,
  sortOrder: z.number().int().min(0).max(100000).optional(),
  version,
});
export type BudgetRowInput = z.infer<typeof BudgetRowInput>;

/** `POST …/generate`: renders the document; number and place default from the OPD and the tenant. */
export const GenerateAgreementInput = z.object({
  number: z.string().trim().min(1).max(100).optional(),
  place: z.string().trim().min(1).max(100).optional(),
  version,
});
export type GenerateAgreementInput = z.infer<typeof GenerateAgreementInput>;

/** `POST …/sign`: BSrE needs the signer's passphrase; it is passed on and never kept. */
export const SignAgreementInput = z.object({ passphrase: z.string().max(200).optional() });

/** `POST …/revise`: a PK perubahan of a signed PK, with the reason. */
export const ReviseAgreementInput = z.object({ reason: z.string().trim().min(3).max(1000), version });
export type ReviseAgreementInput = z.infer<typeof ReviseAgreementInput>;

/** `POST …/action-plans` and `PUT …/action-plans/:planId`. */
export const ActionPlanInput = z.object({
  itemId: z.uuid(),
  period: ActionPeriod,
  action: z.string().trim().min(1).max(2000),
  targetText: optionalText(500),
  targetValue: Decimal.nullable().optional(),
  budget: MoneyText.nullable().optional(),
  picPositionId: z.uuid().nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type ActionPlanInput = z.infer<typeof ActionPlanInput>;
/** An edit of an action: the same fields and the action's version. */
export const UpdateActionPlanInput = ActionPlanInput.omit({ itemId: true }).extend({ version });
export type UpdateActionPlanInput = z.infer<typeof UpdateActionPlanInput>;

/** A party of a PK: the position and, once generated, the holder's name and NIP. */
export const PartyView = z.object({
  positionId: z.string(),
  positionName: z.string(),
  name: z.string().nullable(),
  nip: z.string().nullable(),
  signedAt: z.string().nullable(),
});
/** A promised target. */
export const ItemTargetView = z.object({
  kind: z.enum(['number', 'range', 'text']).nullable(),
  value: z.string().nullable(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  text: z.string().nullable(),
});
/** One action of the rencana aksi. */
export const ActionPlanView = z.object({
  id: z.string(),
  itemId: z.string(),
  period: z.string(),
  action: z.string(),
  targetText: z.string().nullable(),
  targetValue: z.string().nullable(),
  budget: z.string().nullable(),
  picPositionId: z.string().nullable(),
  sortOrder: z.number(),
  version: z.number(),
});
export type ActionPlanView = z.infer<typeof ActionPlanView>;
/** One PK item with its rencana aksi. */
export const AgreementItemView = z.object({
  id: z.string(),
  indicatorId: z.string(),
  sasaran: z.string(),
  indicatorName: z.string(),
  unitOfMeasure: z.string(),
  target: ItemTargetView,
  sortOrder: z.number(),
  actionPlans: z.array(ActionPlanView),
});
export type AgreementItemView = z.infer<typeof AgreementItemView>;
/** One budget row. */
export const AgreementBudgetView = z.object({
  id: z.string(),
  programCode: z.string(),
  programName: z.string(),
  kegiatanCode: z.string().nullable(),
  kegiatanName: z.string().nullable(),
  subKegiatanCode: z.string().nullable(),
  subKegiatanName: z.string().nullable(),
  pagu: z.string(),
  sortOrder: z.number(),
});
export type AgreementBudgetView = z.infer<typeof AgreementBudgetView>;
/** A PK in a list. */
export const AgreementSummaryView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  level: AgreementLevel,
  firstParty: PartyView,
  secondParty: PartyView,
  revision: z.number(),
  supersedesId: z.string().nullable(),
  revisionReason: z.string().nullable(),
  status: AgreementStatus,
  documentId: z.string().nullable(),
  documentNumber: z.string().nullable(),
  verificationCode: z.string().nullable(),
  version: z.number(),
});
export type AgreementSummaryView = z.infer<typeof AgreementSummaryView>;
/** A PK with items, budgets, rencana aksi and what the caller may do with it. */
export const AgreementView = AgreementSummaryView.extend({
  items: z.array(AgreementItemView),
  budgets: z.array(AgreementBudgetView),
  budgetTotal: z.string(),
  /** The pegawai whose signature is due now (null when none), and whether that is the caller. */
  nextSigner: z.enum(['first', 'second']).nullable(),
  mySignatureDue: z.boolean(),
});
export type AgreementView = z.infer<typeof AgreementView>;
/** `GET /api/performance/agreements`. */
export const AgreementListView = z.object({ items: z.array(AgreementSummaryView) });
export type AgreementListView = z.infer<typeof AgreementListView>;
/** What "take items from the tree" did. */
export const TakeItemsView = z.object({ added: z.number(), alreadyPresent: z.number(), agreement: AgreementView });
