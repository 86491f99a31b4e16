/**
 * The shape of the plan tree as data — which kinds each document holds, which parent each kind takes, the pohon
 * kinerja levels. The server's rules (plan-rules.ts) and the web's forms read the same table; the API checks again.
 */
import type { NodeKind, PlanDocument, PokinLevel } from './performance.contract.ts';

/** Kinds each document holds (RPJMD at regency level, Renstra and Renja per OPD, pohon kinerja conditions). */
export const DOCUMENT_KINDS: Readonly<Record<PlanDocument, readonly NodeKind[]>> = {
  rpjmd: ['visi', 'misi', 'tujuan', 'sasaran', 'strategi', 'arah_kebijakan', 'program'],
  renstra: ['tujuan', 'sasaran', 'strategi', 'arah_kebijakan', 'program', 'kegiatan', 'sub_kegiatan'],
  renja: ['program', 'kegiatan', 'sub_kegiatan'],
  pokin: ['kondisi'],
};

/** Parent kinds per document and kind; an empty list means the kind is a root of that document. */
export const PARENT_KINDS: Readonly<Record<PlanDocument, Partial<Record<NodeKind, readonly NodeKind[]>>>> = {
  rpjmd: {
    visi: [],
    misi: ['visi'],
    tujuan: ['misi'],
    sasaran: ['tujuan'],
    strategi: ['sasaran'],
    arah_kebijakan: ['strategi'],
    program: ['sasaran', 'arah_kebijakan'],
  },
  renstra: {
    tujuan: [],
    sasaran: ['tujuan'],
    strategi: ['sasaran'],
    arah_kebijakan: ['strategi'],
    program: ['sasaran', 'arah_kebijakan'],
    kegiatan: ['program'],
    sub_kegiatan: ['kegiatan'],
  },
  renja: { program: [], kegiatan: ['program'], sub_kegiatan: ['kegiatan'] },
  pokin: { kondisi: [] },
};

/** Pohon kinerja levels top-down. */
export const POKIN_LEVELS: readonly PokinLevel[] = ['pemda', 'opd', 'eselon_iii', 'eselon_iv', 'staf'];
