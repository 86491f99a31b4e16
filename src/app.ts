import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type DatabaseHandle, openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { auditRoutes } from './modules/audit/index.ts';
import {
  approvalStepsRoutes,
  correspondenceMessages,
  createLetterIndexJob,
  createLetterMailJob,
  createRegencyDeliveryJob,
  dispositionsRoutes,
  eofficeStatsMessages,
  eofficeStatsRoutes,
  letterSearchRoutes,
  lettersRoutes,
  outgoingRoutes,
  workQueuesRoutes,
} from './modules/correspondence/index.ts';
import {
  documentsMessages,
  documentsRoutes,
  ensureSigningAuthority,
  letterheadRoutes,
  verificationRoutes,
} from './modules/documents/index.ts';
import {
  evaluationMessages,
  evaluationRoutes,
  recommendationMessages,
  recommendationRoutes,
} from './modules/evaluation/index.ts';
import {
  authenticateRequest,
  createIdentityMaintenance,
  identityMessages,
  identityRoutes,
  mfaRoutes,
} from './modules/identity/index.ts';
import {
  createLkjipExportAllJob,
  lkjipMessages,
  lkjipReviewMessages,
  lkjipReviewRoutes,
  lkjipRoutes,
} from './modules/lkjip/index.ts';
import { createNotificationDelivery, notificationsRoutes } from './modules/notifications/index.ts';
import { ensureNumberSchemes, numberingMessages, numberingRoutes } from './modules/numbering/index.ts';
import {
  createOrgImportJob,
  delegationMessages,
  delegationsRoutes,
  ensurePlatformTenant,
  organizationMessages,
  organizationRoutes,
  platformAdminRoutes,
} from './modules/organization/index.ts';
import { problemMessages } from './modules/organization/org-file/org-file-messages.ts';
import {
  agreementMessages,
  agreementRoutes,
  agreementXlsxMessages,
  agreementXlsxRoutes,
  autoRealizationRoutes,
  autoSourceMessages,
  budgetMessages,
  budgetRoutes,
  capaianStoreMessages,
  capaianStoreRoutes,
  createAutoRealizations,
  dashboardMessages,
  dashboardRoutes,
  nomenclatureRoutes,
  performanceMessages,
  performanceRoutes,
  planXlsxMessages,
  planXlsxRoutes,
  realizationMessages,
  realizationRoutes,
} from './modules/performance/index.ts';
import { recordsMessages, recordsRoutes } from './modules/records/index.ts';
import { ensureRegulationPack, regulationMessages, regulationRoutes } from './modules/regulation/index.ts';
import {
  villageAgreementMessages,
  villageAgreementRoutes,
  villageEvaluationMessages,
  villageEvaluationRoutes,
  villagePlansMessages,
  villagePlansRoutes,
  villagesAccountabilityMessages,
  villagesAccountabilityRoutes,
  villagesDpmdRoutes,
  villagesIdmMessages,
  villagesIdmRoutes,
} from './modules/villages/index.ts';
import type { PlatformServices } from './platform/access/context.ts';
import type { Config } from './platform/config/config.ts';
import { certificatesFromPemFile } from './platform/crypto/pem.ts';
import type { AnyRoute } from './platform/http/define-routes.ts';
import { registerRouteModules } from './platform/http/register-routes.ts';
import { createHttpServer } from './platform/http/server.ts';
import { systemRoutes } from './platform/http/system.routes.ts';
import { addMessages } from './platform/i18n/i18n.ts';
import { type JobDefinition, jobsRoutes, type ScheduleDefinition } from './platform/jobs/index.ts';
import { createChatWebhook, createMailer } from './platform/mail/index.ts';
import { createBsreSigner } from './platform/signing/bsre/bsre-client.ts';
import { createStorage, type Storage } from './platform/storage/index.ts';

/** Pamong's version, from package.json. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** A built application: the HTTP server, its route registry, the database and the job definitions. */
export interface App {
  readonly http: FastifyInstance;
  readonly routes: readonly AnyRoute[];
  readonly db: DatabaseHandle;
  readonly platform: PlatformServices;
  readonly jobs: readonly JobDefinition[];
  readonly schedules: readonly ScheduleDefinition[];
  close(): Promise<void>;
}

let messagesAdded = false;
/** Registers every module's messages with the server translations (once per process). */
export function addModuleMessages(): void {
  if (messagesAdded) return;
  messagesAdded = true;
  addMessages('identity', identityMessages);
  addMessages('organization', organizationMessages);
  addMessages('organization', delegationMessages);
  addMessages('documents', documentsMessages);
  addMessages('regulation', regulationMessages);
  addMessages('numbering', numberingMessages);
  addMessages('correspondence', correspondenceMessages);
  addMessages('records', recordsMessages);
  addMessages('performance', budgetMessages);
  addMessages('performance', performanceMessages);
  addMessages('performance', agreementMessages);
  addMessages('performance', capaianStoreMessages);
  addMessages('performance', realizationMessages);
  addMessages('performance', autoSourceMessages);
  addMessages('performance', dashboardMessages);
  addMessages('performance', planXlsxMessages);
  addMessages('performance', agreementXlsxMessages);
  addMessages('evaluation', evaluationMessages);
  addMessages('evaluation', recommendationMessages);
  addMessages('villages', villagesIdmMessages);
  addMessages('villages', villageEvaluationMessages);
  addMessages('villages', villagesAccountabilityMessages);
  addMessages('villages', villagePlansMessages);
  addMessages('villages', villageAgreementMessages);
  addMessages('lkjip', lkjipMessages);
  addMessages('lkjip', lkjipReviewMessages);
  addMessages('eofficeStats', eofficeStatsMessages);
  const strip = (m: Record<string, string>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k.replace(/^import\./, ''), v]));
  addMessages('import', { id: strip(problemMessages.id), en: strip(problemMessages.en) });
}

/** The adapters every use case may reach, built once from the configuration. */
export function createPlatformServices(config: Config, storage: Storage = createStorage(config.storage)): PlatformServices {
  return Object.freeze({
    storage,
    now: () => new Date(),
    timezone: config.timezone,
    baseUrl: config.http.baseUrl,
    security: {
      sessionSecret: config.sessionSecret,
      sessionTtlHours: config.sessionTtlHours,
      loginThrottle: { max: config.loginThrottle.maxFailures, windowMs: config.loginThrottle.windowMinutes * 60_000 },
      secureCookies: config.http.baseUrl.startsWith('https://'),
    },
    signing: signingSettings(config.signing),
    mail: createMailer({
      smtpUrl: config.messaging.smtpUrl,
      from: config.messaging.from,
      allowInsecureTls: config.messaging.allowInsecureTls,
    }),
    chat: createChatWebhook({ url: config.messaging.chatWebhookUrl, token: config.messaging.chatWebhookToken }),
    // Every new tenant gets its own signing CA inside the creation transaction.
    tenantSetup: [ensureSigningAuthority, ensureRegulationPack, ensureNumberSchemes],
  });
}

function signingSettings(signing: Config['signing']): PlatformServices['signing'] {
  const bsre = signing.bsre;
  return {
    masterKey: signing.masterKey,
    provider: signing.provider,
    signerCertificateDays: signing.signerCertificateDays,
    remote: bsre
      ? createBsreSigner({
          baseUrl: bsre.url,
          username: bsre.username,
          password: bsre.password,
          api: bsre.api,
          timeoutMs: bsre.timeoutMs,
        })
      : undefined,
    extraTrustAnchorsDer: certificatesFromPemFile(bsre?.trustPem),
    verifyMaxPerMinute: signing.verifyMaxPerMinute,
  };
}

/** Composition root: opens and migrates the database, builds adapters and registers every module. */
export async function buildApp(
  config: Config,
  overrides: { db?: DatabaseHandle; platform?: PlatformServices } = {},
): Promise<App> {
  addModuleMessages();
  const db = overrides.db ?? openDatabase(config.database.url);
  await migrateToLatest(db);
  const platform = overrides.platform ?? createPlatformServices(config);
  // The platform tenant holds the super-admins; it exists from the first start on.
  await ensurePlatformTenant({ db, platform });
  const http = await createHttpServer({
    logLevel: config.logLevel,
    maxUploadBytes: config.http.maxUploadBytes,
    version: VERSION,
    webDist: fileURLToPath(new URL('../web/dist', import.meta.url)),
    secureCookies: platform.security.secureCookies,
    trustProxy: config.http.trustProxy,
  });
  const modules = [
    systemRoutes(VERSION),
    identityRoutes,
    mfaRoutes,
    organizationRoutes,
    platformAdminRoutes,
    auditRoutes,
    jobsRoutes,
    notificationsRoutes,
    documentsRoutes,
    letterheadRoutes,
    verificationRoutes,
    regulationRoutes,
    nomenclatureRoutes,
    budgetRoutes,
    performanceRoutes,
    realizationRoutes,
    planXlsxRoutes,
    agreementRoutes,
    agreementXlsxRoutes,
    capaianStoreRoutes,
    autoRealizationRoutes,
    dashboardRoutes,
    lkjipRoutes,
    lkjipReviewRoutes,
    evaluationRoutes,
    recommendationRoutes,
    villagesIdmRoutes,
    villageEvaluationRoutes,
    villagesAccountabilityRoutes,
    villagesDpmdRoutes,
    villagePlansRoutes,
    villageAgreementRoutes,
    numberingRoutes,
    lettersRoutes,
    dispositionsRoutes,
    outgoingRoutes,
    approvalStepsRoutes,
    workQueuesRoutes,
    eofficeStatsRoutes,
    letterSearchRoutes,
    recordsRoutes,
    delegationsRoutes,
  ];
  const routes = registerRouteModules(http, modules, { db, platform, authenticate: authenticateRequest });
  await http.ready();
  const maintenance = createIdentityMaintenance(platform);
  const autoRealizations = createAutoRealizations(platform);
  const jobs = [
    createOrgImportJob(platform),
    maintenance.job,
    createNotificationDelivery(platform),
    createLetterMailJob(platform),
    createRegencyDeliveryJob(platform),
    createLetterIndexJob(platform),
    autoRealizations.job,
    createLkjipExportAllJob(platform),
  ];
  const schedules = [maintenance.schedule, autoRealizations.schedule];
  return {
    http,
    routes,
    db,
    platform,
    jobs,
    schedules,
    close: async () => {
      await http.close();
      if (!overrides.db) await db.close();
    },
  };
}
