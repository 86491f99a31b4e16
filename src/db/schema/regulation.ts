/** A versioned regulation pack of a tenant; exactly one is active, at most one is a draft. */
export interface RegulationPacksTable {
  tenant_id: string;
  id: string;
  version: number;
  name: string;
  /** Free text: the regulations the pack follows (Permendagri, Perkada …). */
  legal_basis: string;
  status: 'draft' | 'active' | 'retired';
  /** JSON PackLabels: security-class labels, urgency labels with their SLA, and whether they are unverified defaults. */
  labels: string;
  created_at: string;
  activated_at: string | null;
  retired_at: string | null;
}

/** A jenis naskah dinas of a pack (SD, UND, ND, KEP …), with its layout and numbering scheme. */
export interface DocumentTypesTable {
  tenant_id: string;
  pack_id: string;
  code: string;
  name: string;
  family: 'arahan' | 'korespondensi' | 'khusus' | 'lainnya';
  subfamily: string | null;
  layout: 'korespondensi' | 'title_block';
  variant: 'surat_dinas' | 'undangan' | 'nota_dinas' | null;
  number_scheme_code: string | null;
  /** 0 or 1. */
  requires_signature: number;
  /** JSON string[] of echelon prefixes (e.g. ["II","III"]); empty means any signer. */
  signer_levels: string;
  sort_order: number;
}

/** A kode klasifikasi arsip (Permendagri 83/2022) of a pack, with its JRA retention. */
export interface ArchiveClassesTable {
  tenant_id: string;
  pack_id: string;
  code: string;
  name: string;
  parent_code: string | null;
  /** 1 for 000–900, 2 for 000.1, … */
  level: number;
  retention_active_years: number | null;
  retention_inactive_years: number | null;
  final_disposition: 'musnah' | 'permanen' | 'dinilai_kembali' | null;
  description: string | null;
}

/** A standard disposition instruction of a pack (Selesaikan/TL, Saran/Pendapat …). */
export interface DispositionInstructionsTable {
  tenant_id: string;
  pack_id: string;
  code: string;
  label: string;
  sort_order: number;
}

export interface RegulationTables {
  regulation_packs: RegulationPacksTable;
  document_types: DocumentTypesTable;
  archive_classes: ArchiveClassesTable;
  disposition_instructions: DispositionInstructionsTable;
}
