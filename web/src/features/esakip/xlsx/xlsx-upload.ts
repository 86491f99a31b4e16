/**
 * Addresses of the plan and realisasi XLSX files, and the upload that reports its progress (XMLHttpRequest, since
 * fetch cannot report upload progress). Answers and errors have the same shapes as the rest of the API client.
 */
import type { XlsxImportView } from '../../../../../src/modules/performance/plan-xlsx.contract.ts';
import type { FieldError } from '../../../app/api.ts';
import { type UploadProgress, uploadFile } from '../../../app/upload.ts';

export type { XlsxImportView };
/** Which file: the period's RPJMD, an OPD's Renstra, or an OPD's realisasi of a year. */
export type XlsxKind = 'rpjmd' | 'renstra' | 'realisasi';
/** What names a file. */
export interface XlsxTarget {
  kind: XlsxKind;
  periodId: string;
  unitId: string;
  year: number;
}

const P = '/api/performance';
const enc = encodeURIComponent;

/** The address of the file (GET exports it, POST imports it). */
export function xlsxUrl(t: XlsxTarget): string {
  if (t.kind === 'rpjmd') return `${P}/periods/${enc(t.periodId)}/rpjmd.xlsx`;
  if (t.kind === 'renstra') return `${P}/periods/${enc(t.periodId)}/units/${enc(t.unitId)}/renstra.xlsx`;
  return `${P}/units/${enc(t.unitId)}/realizations/${t.year}.xlsx`;
}

export type { UploadProgress };

/** How an upload is sent: check only or import, the session's CSRF token, the answer's language, progress. */
export interface UploadOptions {
  dryRun: boolean;
  csrfToken: string;
  language: string;
  onProgress: UploadProgress;
}

/** The address of one Perjanjian Kinerja's file (GET exports it, POST imports it). */
export function agreementXlsxUrl(agreementId: string): string {
  return `${P}/agreements/${enc(agreementId)}/pk.xlsx`;
}

/** Sends the file (multipart field `file`) to check it (`dryRun`) or import it; reports progress on the way. */
export function uploadXlsx(target: XlsxTarget, file: File, opts: UploadOptions): Promise<XlsxImportView> {
  return uploadXlsxTo(xlsxUrl(target), file, opts);
}

/** Sends the file to any XLSX import address (`url` without the query). */
export function uploadXlsxTo(url: string, file: File, opts: UploadOptions): Promise<XlsxImportView> {
  return uploadFile<XlsxImportView>(`${url}?dryRun=${opts.dryRun}`, file, opts);
}

/** One located problem; a refused import (422) names them as `Sheet[row].Column` fields. */
export interface XlsxProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** The problems of a 422 refusal, located again from their field names. */
export function problemsOfRefusal(fields: readonly FieldError[]): XlsxProblem[] {
  return fields.map((f) => {
    const at = /^(.*)\[(\d+)\]\.(.*)$/.exec(f.field);
    return at
      ? { sheet: at[1]!, row: Number(at[2]), column: at[3] || null, message: f.message }
      : { sheet: f.field, row: null, column: null, message: f.message };
  });
}
