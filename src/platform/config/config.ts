import { existsSync } from 'node:fs';
import { z } from 'zod';

const DEVELOPMENT_SECRET = 'pamong-development-secret-change-me-please';

/** Where Pamong keeps its data: the embedded SQLite file or a PostgreSQL server. */
const DatabaseUrl = z
  .string()
  .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'harus diawali sqlite: atau postgres:// (must start with sqlite: or postgres://)');

const Port = z.coerce.number().int().min(0).max(65535);

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: DatabaseUrl.default('sqlite:./data/pamong.db'),
    PORT: Port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    BASE_URL: z.url().optional(),
    SESSION_SECRET: z.string().min(32, 'minimal 32 karakter (at least 32 characters)').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(12),
    STORAGE: z.enum(['local', 's3']).default('local'),
    STORAGE_DIR: z.string().min(1).default('./data/files'),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TIMEZONE: z.string().default('Asia/Jakarta'),
    MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(25),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    JOB_POLL_MS: z.coerce.number().int().min(10).default(500),
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    SIGNING_MASTER_KEY: z.string().min(32, 'minimal 32 karakter (at least 32 characters)').optional(),
    SIGNING_PROVIDER: z.enum(['local', 'bsre']).default('local'),
    SIGNER_CERT_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
    BSRE_URL: z.url().optional(),
    BSRE_USERNAME: z.string().optional(),
    BSRE_PASSWORD: z.string().optional(),
    BSRE_API: z.enum(['v1', 'v2']).default('v1'),
    BSRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    BSRE_TRUST_PEM: z.string().optional(),
    VERIFY_MAX_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps:// (must start with smtp:// or smtps://)')
      .optional(),
    SMTP_FROM: z.string().min(3).default('Pamong <no-reply@localhost>'),
    SMTP_ALLOW_INSECURE_TLS: z.enum(['true', 'false']).default('false'),
    WHATSAPP_WEBHOOK_URL: z.url().optional(),
    WHATSAPP_WEBHOOK_TOKEN: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE === 's3') {
      for (const key of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'wajib diisi bila STORAGE=s3 (required when STORAGE=s3)' });
      }
    }
    if (env.SIGNING_PROVIDER === 'bsre') {
      for (const key of ['BSRE_URL', 'BSRE_USERNAME', 'BSRE_PASSWORD'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'wajib diisi bila SIGNING_PROVIDER=bsre (required for BSrE)' });
      }
    }
    if (env.BSRE_TRUST_PEM && !existsSync(env.BSRE_TRUST_PEM)) {
      ctx.addIssue({ code: 'custom', path: ['BSRE_TRUST_PEM'], message: 'berkas tidak ditemukan (file not found)' });
    }
    if (!isValidTimezone(env.TIMEZONE)) {
      ctx.addIssue({ code: 'custom', path: ['TIMEZONE'], message: 'zona waktu tidak dikenal (unknown time zone)' });
    }
  });

/** The parsed, frozen configuration every part of Pamong reads. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly database: { readonly url: string; readonly dialect: 'sqlite' | 'postgres' };
  readonly http: {
    readonly port: number;
    readonly host: string;
    readonly baseUrl: string;
    readonly maxUploadBytes: number;
    /** Trust X-Forwarded-For (behind a reverse proxy), so throttles and the audit see the client's address. */
    readonly trustProxy: boolean;
  };
  readonly sessionSecret: string;
  readonly sessionTtlHours: number;
  readonly storage:
    | { readonly kind: 'local'; readonly dir: string }
    | {
        readonly kind: 's3';
        readonly endpoint: string;
        readonly region: string;
        readonly bucket: string;
        readonly accessKeyId: string;
        readonly secretAccessKey: string;
        readonly forcePathStyle: boolean;
      };
  readonly logLevel: string;
  readonly timezone: string;
  readonly loginThrottle: { readonly maxFailures: number; readonly windowMinutes: number };
  readonly jobPollMs: number;
  readonly signing: SigningConfig;
  /** Outgoing e-mail (SMTP) and the WhatsApp-shaped webhook; both optional. */
  readonly messaging: {
    readonly smtpUrl?: string;
    readonly from: string;
    readonly allowInsecureTls: boolean;
    readonly chatWebhookUrl?: string;
    readonly chatWebhookToken?: string;
  };
}

/** Electronic signatures: the key that seals private keys, the provider, and the public page's rate. */
export interface SigningConfig {
  /** SECURITY: seals CA and signer private keys at rest; falls back to SESSION_SECRET when unset. */
  readonly masterKey: string;
  readonly provider: 'local' | 'bsre';
  readonly signerCertificateDays: number;
  readonly bsre?: {
    readonly url: string;
    readonly username: string;
    readonly password: string;
    readonly api: 'v1' | 'v2';
    readonly timeoutMs: number;
    /** PEM file with the BSrE root/intermediate certificates trusted when verifying. */
    readonly trustPem?: string;
  };
  readonly verifyMaxPerMinute: number;
}

/** Raised when the environment cannot be turned into a configuration; names each bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Konfigurasi tidak valid (invalid configuration):\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Reads `.env` (when present) into process.env without overriding variables already set. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Parses an environment into a Config, or throws ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })));
  }
  const e = parsed.data;
  const dialect = e.DATABASE_URL.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError([{ variable: 'SESSION_SECRET', message: 'wajib di produksi (required in production)' }]);
  }
  return Object.freeze({
    env: e.NODE_ENV,
    database: { url: e.DATABASE_URL, dialect },
    http: {
      port: e.PORT,
      host: e.HOST,
      baseUrl: e.BASE_URL ?? `http://localhost:${e.PORT}`,
      maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
      trustProxy: e.TRUST_PROXY === 'true',
    },
    sessionSecret: e.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    storage:
      e.STORAGE === 'local'
        ? { kind: 'local', dir: e.STORAGE_DIR }
        : {
            kind: 's3',
            endpoint: e.S3_ENDPOINT as string,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET as string,
            accessKeyId: e.S3_ACCESS_KEY_ID as string,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY as string,
            forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
          },
    logLevel: e.LOG_LEVEL,
    timezone: e.TIMEZONE,
    loginThrottle: { maxFailures: e.LOGIN_MAX_FAILURES, windowMinutes: e.LOGIN_WINDOW_MINUTES },
    jobPollMs: e.JOB_POLL_MS,
    signing: signingConfig(e),
    messaging: messagingConfig(e),
  } satisfies Config);
}

function messagingConfig(e: z.infer<typeof ConfigSchema>): Config['messaging'] {
  return {
    smtpUrl: e.SMTP_URL,
    from: e.SMTP_FROM,
    allowInsecureTls: e.SMTP_ALLOW_INSECURE_TLS === 'true',
    chatWebhookUrl: e.WHATSAPP_WEBHOOK_URL,
    chatWebhookToken: e.WHATSAPP_WEBHOOK_TOKEN,
  };
}

function signingConfig(e: z.infer<typeof ConfigSchema>): SigningConfig {
  const bsre =
    e.BSRE_URL && e.BSRE_USERNAME && e.BSRE_PASSWORD
      ? {
          url: e.BSRE_URL,
          username: e.BSRE_USERNAME,
          password: e.BSRE_PASSWORD,
          api: e.BSRE_API,
          timeoutMs: e.BSRE_TIMEOUT_MS,
          trustPem: e.BSRE_TRUST_PEM,
        }
      : undefined;
  return {
    masterKey: e.SIGNING_MASTER_KEY ?? e.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    provider: e.SIGNING_PROVIDER,
    signerCertificateDays: e.SIGNER_CERT_DAYS,
    bsre,
    verifyMaxPerMinute: e.VERIFY_MAX_PER_MINUTE,
  };
}
