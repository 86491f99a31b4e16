import type { AuditTables } from './audit.ts';
import type { CorrespondenceTables } from './correspondence.ts';
import type { DocumentTables } from './documents.ts';
import type { EvaluationTables } from './evaluation.ts';
import type { EvaluationEvidenceTables } from './evaluation-evidence.ts';
import type { EvaluationFollowupTables } from './evaluation-followup.ts';
import type { IdentityTables } from './identity.ts';
import type { LetterSearchTables } from './letter-search.ts';
import type { LkjipTables } from './lkjip.ts';
import type { LkjipReviewTables } from './lkjip-review.ts';
import type { NotificationTables } from './notifications.ts';
import type { NumberingTables } from './numbering.ts';
import type { OrganizationTables } from './organization.ts';
import type { OutgoingTables } from './outgoing.ts';
import type { PerformanceTables } from './performance.ts';
import type { PerformanceAgreementTables } from './performance-agreements.ts';
import type { PerformanceBudgetTables } from './performance-budget.ts';
import type { PerformanceMeasurementTables } from './performance-measurement.ts';
import type { PlatformTables } from './platform.ts';
import type { RecordsTables } from './records.ts';
import type { RegulationTables } from './regulation.ts';
import type { VillagesTables } from './villages.ts';
import type { VillagesAccountabilityTables } from './villages-accountability.ts';
import type { VillagesAgreementTables } from './villages-agreements.ts';
import type { VillagesEvaluationTables } from './villages-evaluation.ts';
import type { VillagesPlansTables } from './villages-plans.ts';

/** Every tenant-owned table: each has `tenant_id` and is reachable only through tenantDb(ctx). */
export interface TenantTables
  extends OrganizationTables,
    IdentityTables,
    AuditTables,
    DocumentTables,
    CorrespondenceTables,
    LetterSearchTables,
    OutgoingTables,
    NumberingTables,
    NotificationTables,
    RecordsTables,
    PerformanceTables,
    PerformanceBudgetTables,
    PerformanceMeasurementTables,
    PerformanceAgreementTables,
    EvaluationTables,
    EvaluationFollowupTables,
    EvaluationEvidenceTables,
    RegulationTables,
    VillagesTables,
    VillagesAccountabilityTables,
    VillagesEvaluationTables,
    VillagesPlansTables,
    VillagesAgreementTables,
    LkjipTables,
    LkjipReviewTables {}

/** The whole database, as Kysely sees it. */
export interface Database extends TenantTables, PlatformTables {}

/** Name of a tenant-owned table. */
export type TenantTable = keyof TenantTables;

/** The tenant tables, listed at runtime for the schema-rule tests and the backup. */
export const TENANT_TABLES = [
  'regions',
  'units',
  'positions',
  'employees',
  'assignments',
  'users',
  'user_roles',
  'sessions',
  'oidc_states',
  'audit_log',
  'audit_heads',
  'files',
  'letterheads',
  'signing_authorities',
  'signer_certificates',
  'official_documents',
  'document_signers',
  'notifications',
  'regulation_packs',
  'document_types',
  'archive_classes',
  'disposition_instructions',
  'number_schemes',
  'number_counters',
  'numbers',
  'contacts',
  'letters',
  'letter_recipients',
  'dispositions',
  'letter_drafts',
  'letter_versions',
  'approval_steps',
  'letter_mailings',
  'letter_search',
  'case_files',
  'case_file_letters',
  'plan_periods',
  'plan_nodes',
  'node_links',
  'indicators',
  'indicator_targets',
  'nomenclature_items',
  'budget_lines',
  'budget_indicator_tags',
  'budget_settings',
  'performance_settings',
  'indicator_realizations',
  'realization_evidence',
  'target_revisions',
  'realization_reopenings',
  'capaian_results',
  'performance_agreements',
  'agreement_items',
  'agreement_budgets',
  'action_plans',
  'evaluation_templates',
  'evaluations',
  'evaluation_answers',
  'evaluation_recommendations',
  'recommendation_followups',
  'evaluation_evidence_files',
  'village_idm_results',
  'village_idm_scores',
  'village_mandatory_results',
  'village_bases',
  'village_indicators',
  'village_targets',
  'village_realizations',
  'village_evidence_rows',
  'village_evidence_photos',
  'village_privacy_keys',
  'village_worksheet_templates',
  'village_evaluations',
  'village_evaluation_answers',
  'village_band_settings',
  'village_agreements',
  'village_agreement_items',
  'lkjip_reports',
  'lkjip_sections',
  'lkjip_versions',
  'lkjip_reviews',
  'lkjip_review_notes',
  'village_rpjm',
  'village_programmes',
  'village_rkp_activities',
  'village_budgets',
  'village_budget_lines',
] as const satisfies readonly TenantTable[];
