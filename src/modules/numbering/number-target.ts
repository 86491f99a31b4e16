import type { NumberSchemesTable } from '../../db/schema/numbering.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { activeUnitByCode, getTenant } from '../organization/index.ts';
import { type LetterDate, letterDate } from './number-dates.ts';
import {
  formatNumber,
  type InsertionSuffixStyle,
  MAX_NUMBER_LENGTH,
  missingTokens,
  type NumberValues,
  parseTemplate,
  renderSuffix,
  type TemplatePart,
  type TokenName,
  usesToken,
} from './number-template.ts';
import type { CounterKey } from './numbering.repository.ts';

/** How a security class prints in `{SIFAT}`. */
export const SIFAT_LETTERS = { biasa: 'B', terbatas: 'T', rahasia: 'R', sangat_rahasia: 'SR' } as const;

/** What a caller says about the number it wants (all but the date optional; the template decides). */
export interface TargetInput {
  readonly date: string;
  readonly unitCode?: string;
  readonly kka?: string;
  readonly documentTypeCode?: string;
  readonly securityClass?: keyof typeof SIFAT_LETTERS;
}

/** Everything needed to allocate and print a number, resolved before the transaction opens. */
export interface NumberTarget {
  readonly key: CounterKey;
  readonly date: LetterDate;
  readonly parts: readonly TemplatePart[];
  readonly values: Omit<NumberValues, 'seq' | 'suffix'>;
  readonly unitCode: string | null;
  readonly kka: string | null;
  readonly documentTypeCode: string | null;
  readonly suffixStyle: InsertionSuffixStyle;
}

const FIELD_OF_TOKEN: Partial<Record<TokenName, string>> = {
  KKA: 'kka',
  UNIT: 'unitCode',
  JENIS: 'documentTypeCode',
  SIFAT: 'securityClass',
};

/**
 * The counter's scope key. Decision: the jenis joins the scope exactly when the template prints `{JENIS}`;
 * a scheme shared by several jenis without `{JENIS}` keeps one sequence, so two of its letters never print
 * the same number.
 */
export function scopeKeyOf(scope: 'tenant' | 'unit', unitCode: string | null, jenis: string | null, perJenis: boolean): string {
  const base = scope === 'unit' ? `unit:${unitCode}` : 'tenant';
  return perJenis ? `${base}|jenis:${jenis}` : base;
}

/** Reads the letter date, using the tenant's time zone only when an instant is given. */
async function resolveDate(ctx: RequestContext, text: string): Promise<LetterDate> {
  const zone = text.includes('T') ? (await getTenant(ctx, ctx.tenantId)).timezone : 'UTC';
  const date = letterDate(text, zone);
  if (!date) throw new ValidationError([{ field: 'date', message: 'numbering.invalidDate' }]);
  return date;
}

/** Checks the unit the number is for (required by per-unit schemes, and by `{UNIT}`). */
async function resolveUnit(
  ctx: RequestContext,
  scheme: NumberSchemesTable,
  unitCode: string | undefined,
): Promise<FieldProblem[]> {
  if (!unitCode) return scheme.counter_scope === 'unit' ? [{ field: 'unitCode', message: 'numbering.unitRequired' }] : [];
  const unit = await activeUnitByCode(ctx, unitCode);
  return unit ? [] : [{ field: 'unitCode', message: 'numbering.unknownUnit', params: { code: unitCode } }];
}

/** Resolves a scheme and a caller's input into a counter key and print values; 422 with every field problem. */
export async function resolveTarget(ctx: RequestContext, scheme: NumberSchemesTable, input: TargetInput): Promise<NumberTarget> {
  if (Number(scheme.active) !== 1) throw new ConflictError('numbering.schemeInactive', { code: scheme.code });
  const parsed = parseTemplate(scheme.template);
  if (!parsed.ok) throw new ValidationError([{ field: 'template', message: parsed.problems[0]!.message }]);
  const date = await resolveDate(ctx, input.date);
  const values = {
    year: date.year,
    month: date.month,
    kka: input.kka,
    unit: input.unitCode,
    jenis: input.documentTypeCode,
    sifat: input.securityClass ? SIFAT_LETTERS[input.securityClass] : undefined,
  };
  const problems = await resolveUnit(ctx, scheme, input.unitCode);
  for (const token of missingTokens(parsed.parts, { ...values, seq: 1 }))
    if (!problems.some((p) => p.field === FIELD_OF_TOKEN[token]))
      problems.push({
        field: FIELD_OF_TOKEN[token] ?? 'template',
        message: 'numbering.tokenValueMissing',
        params: { token: `{${token}}` },
      });
  if (problems.length) throw new ValidationError(problems);
  const perJenis = usesToken(parsed.parts, 'JENIS');
  const unitCode = input.unitCode ?? null;
  const jenis = input.documentTypeCode ?? null;
  return {
    key: { schemeId: scheme.id, scopeKey: scopeKeyOf(scheme.counter_scope, unitCode, jenis, perJenis), year: date.year },
    date,
    parts: parsed.parts,
    values,
    unitCode,
    kka: input.kka ?? null,
    documentTypeCode: jenis,
    suffixStyle: scheme.insertion_suffix as InsertionSuffixStyle,
  };
}

/** Prints the number at a sequence (and insertion letter); 422 when it would exceed 100 characters. */
export function printNumber(target: NumberTarget, seq: number, letter = ''): string {
  const formatted = formatNumber(target.parts, { ...target.values, seq, suffix: renderSuffix(target.suffixStyle, letter) });
  if (formatted.length > MAX_NUMBER_LENGTH)
    throw new ValidationError([{ field: 'template', message: 'numbering.formattedTooLong', params: { max: MAX_NUMBER_LENGTH } }]);
  return formatted;
}

/** The row fields every new number shares, from its target. */
export function baseRow(ctx: RequestContext, target: NumberTarget, seq: number, letter: string, formatted: string) {
  return {
    scheme_id: target.key.schemeId,
    scope_key: target.key.scopeKey,
    year: target.key.year,
    seq,
    suffix: letter,
    formatted,
    number_date: target.date.isoDate,
    unit_code: target.unitCode,
    kka: target.kka,
    document_type_code: target.documentTypeCode,
    created_by: ctx.actor.userId,
    created_at: ctx.platform.now().toISOString(),
    used_at: null,
    voided_at: null,
    reconciled_at: null,
  };
}
