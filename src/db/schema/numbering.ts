/** A numbering scheme of a tenant (SURAT, NOTA, KEPUTUSAN, AGENDA, …). */
export interface NumberSchemesTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  /** Template text with tokens, e.g. `{KKA}/{URUT}/{UNIT}/{YYYY}`. */
  template: string;
  /** `tenant` or `unit`; always × year, and × jenis when the template contains `{JENIS}`. */
  counter_scope: 'tenant' | 'unit';
  /** Back-dated insertions (sisipan) allowed per counter per year. */
  insertion_quota: number;
  /** How an insertion suffix is written after the sequence, e.g. `.A` (15.A) or `a` (15a). */
  insertion_suffix: string;
  active: number;
  created_at: string;
  updated_at: string;
}

/** The last sequence handed out for a scheme × scope key × year. */
export interface NumberCountersTable {
  tenant_id: string;
  scheme_id: string;
  /** `tenant` or `unit:<CODE>`, with `|jenis:<CODE>` when the template shows the jenis. */
  scope_key: string;
  year: number;
  last_value: number;
  updated_at: string;
}

/** One number: reserved, used by a letter, or void with a reason (never reused). */
export interface NumbersTable {
  tenant_id: string;
  id: string;
  scheme_id: string;
  scope_key: string;
  year: number;
  seq: number;
  /** Empty for a regular number; the insertion letter (`A`, `B`, …) for a sisipan. */
  suffix: string;
  formatted: string;
  /** The letter date (YYYY-MM-DD) the number was made for. */
  number_date: string;
  unit_code: string | null;
  kka: string | null;
  document_type_code: string | null;
  state: 'reserved' | 'used' | 'void';
  reason: string | null;
  note: string | null;
  reference_type: string | null;
  reference_id: string | null;
  /** 1 when written by hand during an outage and recorded afterwards. */
  manual: number;
  created_by: string | null;
  created_at: string;
  used_at: string | null;
  voided_at: string | null;
  reconciled_at: string | null;
}

/** The numbering module's tables. */
export interface NumberingTables {
  number_schemes: NumberSchemesTable;
  number_counters: NumberCountersTable;
  numbers: NumbersTable;
}
