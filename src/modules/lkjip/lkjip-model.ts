/** The LKjIP as a renderer-neutral outline (issue #6): cover, chapters of blocks, and the editable narrative sections. */
import type { LkjipFacts } from '../performance/index.ts';

/** A block of the report: headings, narrative or generated paragraphs, tables from the data, and capaian charts. */
export type LkjipBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** `sectionKey` marks an editable narrative section (its text is the saved one, else the generated default). */
  | { readonly kind: 'paragraph'; readonly text: string; readonly sectionKey?: string }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'chart'; readonly title: string; readonly bars: readonly ChartBar[] };

/** One bar of a capaian chart: the indicator, its capaian in percent (null when not computable) and its band colour. */
export interface ChartBar {
  readonly label: string;
  readonly value: string | null;
  readonly color: string;
}

/** The cover page. */
export interface LkjipCover {
  readonly title: string;
  readonly regencyName: string;
  readonly unitName: string;
  readonly year: number;
  /** The lambang daerah (PNG/JPEG) when the tenant has uploaded one. */
  readonly lambang?: Uint8Array;
}

/** The whole report, ready for the DOCX and PDF renderers. */
export interface LkjipDocument {
  readonly cover: LkjipCover;
  readonly blocks: readonly LkjipBlock[];
}

/** An editable narrative section: its key, title, the default generated from the data, and the text in force. */
export interface LkjipSectionDraft {
  readonly key: string;
  readonly title: string;
  readonly defaultText: string;
  readonly text: string;
  readonly edited: boolean;
}

/** Organisation facts of the scope (from the org tree). */
export interface LkjipOrgFacts {
  readonly regencyName: string;
  readonly unitName: string;
  readonly head: { readonly jabatan: string; readonly name: string | null } | null;
  readonly subunits: readonly string[];
  readonly lambang?: Uint8Array;
}

/** What the report is assembled from. */
export interface LkjipInput {
  readonly facts: LkjipFacts;
  readonly org: LkjipOrgFacts;
  /** Saved narrative texts by section key. */
  readonly saved: ReadonlyMap<string, string>;
}

/** The assembled report and its sections. */
export interface LkjipContent {
  readonly document: LkjipDocument;
  readonly sections: readonly LkjipSectionDraft[];
}

/** The chapter headings, in order (tests and the web look for them). */
export const CHAPTERS = {
  ikhtisar: 'IKHTISAR EKSEKUTIF',
  bab1: 'BAB I PENDAHULUAN',
  bab2: 'BAB II PERENCANAAN KINERJA',
  bab3: 'BAB III AKUNTABILITAS KINERJA',
  bab3a: 'A. Capaian Kinerja Organisasi',
  bab3b: 'B. Realisasi Anggaran',
  bab4: 'BAB IV PENUTUP',
  lampiran: 'LAMPIRAN',
} as const;

/** The seven analyses of Bab III A per sasaran (PermenPANRB 53/2014 Anak Lampiran II.1), numbered 1–7. */
export const ANALYSES = [
  'Perbandingan target dan realisasi kinerja tahun ini',
  'Perbandingan realisasi dan capaian tahun ini dengan tahun-tahun sebelumnya',
  'Perbandingan realisasi sampai dengan tahun ini dengan target jangka menengah',
  'Perbandingan realisasi dengan standar nasional',
  'Analisis penyebab keberhasilan/kegagalan dan alternatif solusi',
  'Analisis efisiensi penggunaan sumber daya',
  'Analisis program/kegiatan yang menunjang keberhasilan/kegagalan',
] as const;

/** The key of analysis `n` (1–7) of a sasaran. */
export function analysisKey(sasaranId: string, n: number): string {
  return `bab3a.${sasaranId}.analisis_${n}`;
}
