import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import { type DatabaseHandle, rawKysely } from './connection.ts';
import * as createPlatform from './migrations/2026-11-28T1500_create_platform.ts';
import * as createOrganization from './migrations/2026-11-28T1510_create_organization.ts';
import * as createIdentity from './migrations/2026-11-28T1520_create_identity.ts';
import * as createAuditAndFiles from './migrations/2026-11-28T1530_create_audit_and_files.ts';
import * as makeAuditAppendOnly from './migrations/2026-11-28T1540_make_audit_append_only.ts';
import * as freezeTenantId from './migrations/2026-11-28T1550_freeze_tenant_id.ts';
import * as createDocuments from './migrations/2026-11-28T1600_create_documents.ts';
import * as createRegulation from './migrations/2026-11-28T1700_create_regulation.ts';
import * as createNumbering from './migrations/2026-11-28T1710_create_numbering.ts';
import * as createCorrespondence from './migrations/2026-11-28T1720_create_correspondence.ts';
import * as createNotifications from './migrations/2026-11-28T1730_create_notifications.ts';
import * as createOutgoing from './migrations/2026-11-28T1740_create_outgoing.ts';
import * as addDelegation from './migrations/2026-11-28T1750_add_delegation.ts';
import * as createLetterSearch from './migrations/2026-11-28T1760_create_letter_search.ts';
import * as createRecords from './migrations/2026-11-28T1800_create_records.ts';
import * as inboxKeyset from './migrations/2026-11-28T1840_inbox_keyset.ts';
import * as addDocumentWorkflow from './migrations/2026-11-28T1860_add_document_workflow.ts';
import * as inboxUnreadOrder from './migrations/2026-11-28T1870_inbox_unread_order.ts';
import * as createPerformancePlans from './migrations/2026-11-28T1900_create_performance_plans.ts';
import * as createPerformanceBudget from './migrations/2026-11-28T1910_create_performance_budget.ts';
import * as createPerformanceRealizations from './migrations/2026-11-29T0320_create_performance_realizations.ts';
import * as createPerformanceAgreements from './migrations/2026-11-29T0330_create_performance_agreements.ts';
import * as capaianResultsYearOrder from './migrations/2026-11-29T0340_capaian_results_year_order.ts';
import * as capaianResultsDigest from './migrations/2026-11-29T0350_capaian_results_digest.ts';
import * as createEvaluations from './migrations/2026-11-29T0400_create_evaluations.ts';
import * as createVillageIdm from './migrations/2026-11-29T0410_create_village_idm.ts';
import * as createEvaluationRecommendations from './migrations/2026-11-29T0420_create_evaluation_recommendations.ts';
import * as recommendationNotice from './migrations/2026-11-29T0425_recommendation_notice.ts';
import * as createLkjip from './migrations/2026-11-29T0430_create_lkjip.ts';
import * as createVillageAccountability from './migrations/2026-11-29T0440_create_village_accountability.ts';
import * as createVillageEvaluations from './migrations/2026-11-29T0450_create_village_evaluations.ts';
import * as createLkjipReviews from './migrations/2026-11-29T0460_create_lkjip_reviews.ts';
import * as capaianYearIndexPlain from './migrations/2026-11-29T0470_capaian_year_index_plain.ts';
import * as createVillagePlans from './migrations/2026-11-29T0480_create_village_plans.ts';
import * as createVillageAgreements from './migrations/2026-11-29T0490_create_village_agreements.ts';
import * as createEvaluationEvidenceFiles from './migrations/2026-11-29T0500_create_evaluation_evidence_files.ts';
import * as villageAnswerSource from './migrations/2026-11-29T0520_village_answer_source.ts';
import * as inboxRoleOrder from './migrations/2026-11-29T0540_inbox_role_order.ts';
import * as statsYearIndexes from './migrations/2026-11-29T0550_stats_year_indexes.ts';
import * as dispositionsMineOrder from './migrations/2026-11-29T0560_dispositions_mine_order.ts';
import * as realizationsYearIndicator from './migrations/2026-11-30T0100_realizations_year_indicator.ts';

/** Every migration, by its timestamped name; the same set runs on SQLite and PostgreSQL. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T1500_create_platform': createPlatform,
  '2026-11-28T1510_create_organization': createOrganization,
  '2026-11-28T1520_create_identity': createIdentity,
  '2026-11-28T1530_create_audit_and_files': createAuditAndFiles,
  '2026-11-28T1540_make_audit_append_only': makeAuditAppendOnly,
  '2026-11-28T1550_freeze_tenant_id': freezeTenantId,
  '2026-11-28T1600_create_documents': createDocuments,
  '2026-11-28T1700_create_regulation': createRegulation,
  '2026-11-28T1710_create_numbering': createNumbering,
  '2026-11-28T1720_create_correspondence': createCorrespondence,
  '2026-11-28T1730_create_notifications': createNotifications,
  '2026-11-28T1740_create_outgoing': createOutgoing,
  '2026-11-28T1750_add_delegation': addDelegation,
  '2026-11-28T1760_create_letter_search': createLetterSearch,
  '2026-11-28T1800_create_records': createRecords,
  '2026-11-28T1900_create_performance_plans': createPerformancePlans,
  '2026-11-28T1910_create_performance_budget': createPerformanceBudget,
  '2026-11-29T0320_create_performance_realizations': createPerformanceRealizations,
  '2026-11-29T0330_create_performance_agreements': createPerformanceAgreements,
  '2026-11-29T0340_capaian_results_year_order': capaianResultsYearOrder,
  '2026-11-29T0350_capaian_results_digest': capaianResultsDigest,
  '2026-11-29T0400_create_evaluations': createEvaluations,
  '2026-11-29T0410_create_village_idm': createVillageIdm,
  '2026-11-29T0420_create_evaluation_recommendations': createEvaluationRecommendations,
  '2026-11-29T0425_recommendation_notice': recommendationNotice,
  '2026-11-29T0430_create_lkjip': createLkjip,
  '2026-11-29T0440_create_village_accountability': createVillageAccountability,
  '2026-11-29T0450_create_village_evaluations': createVillageEvaluations,
  '2026-11-29T0460_create_lkjip_reviews': createLkjipReviews,
  '2026-11-29T0470_capaian_year_index_plain': capaianYearIndexPlain,
  '2026-11-29T0480_create_village_plans': createVillagePlans,
  '2026-11-29T0490_create_village_agreements': createVillageAgreements,
  '2026-11-29T0500_create_evaluation_evidence_files': createEvaluationEvidenceFiles,
  '2026-11-29T0520_village_answer_source': villageAnswerSource,
  '2026-11-29T0540_inbox_role_order': inboxRoleOrder,
  '2026-11-29T0550_stats_year_indexes': statsYearIndexes,
  '2026-11-29T0560_dispositions_mine_order': dispositionsMineOrder,
  '2026-11-30T0100_realizations_year_indicator': realizationsYearIndicator,
  '2026-11-28T1840_inbox_keyset': inboxKeyset,
  '2026-11-28T1860_add_document_workflow': addDocumentWorkflow,
  '2026-11-28T1870_inbox_unread_order': inboxUnreadOrder,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database to the latest schema; returns the names of the migrations it applied. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: rawKysely(handle),
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
