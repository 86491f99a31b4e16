import type { FastifyRequest } from 'fastify';
import { generateSecret, generateURI, verify } from 'otplib';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { openSecret, sealSecret } from '../../platform/crypto/secret-box.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import { clearFailures, recordFailure, secondsBlocked, throttleKey } from '../../platform/throttle/throttle.ts';
import { ConflictError, TooManyRequestsError, UnauthorizedError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getTenant } from '../organization/index.ts';
import { findUserById, revokeSessions, rolesOf, type UserRecord } from './identity.repository.ts';
import { contextForUser, type OpenedSession, openSession } from './login.service.ts';
import { resolveSessionCookie } from './session.service.ts';

/** What the authenticator app needs: the Base32 secret and the `otpauth://` URI for the QR code. */
export interface TotpSetup {
  readonly secret: string;
  readonly otpauthUri: string;
}

/** Where a code was checked; recorded with failed attempts in the audit trail. */
type CodePurpose = 'login' | 'enable' | 'disable';

const TOTP_ISSUER = 'Pamong';
// SECURITY: seeds are stored sealed under a key derived from SESSION_SECRET; after rotating that
// secret, users set their authenticator up again (an admin can switch the old one off).
const TOTP_PURPOSE = 'totp';
// Accept the current code and the one before it (30 s of clock drift or typing time), never future ones.
const EPOCH_TOLERANCE: [number, number] = [30, 0];

/** The time step a code matches, or null. Malformed codes and clock anomalies count as wrong. */
async function matchingTimeStep(secret: string, code: string, lastStep: number | null, now: Date): Promise<number | null> {
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: EPOCH_TOLERANCE,
      afterTimeStep: lastStep ?? undefined,
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

function codeThrottleKey(ctx: RequestContext, userId: string): string {
  return throttleKey('totp', ctx.tenantId, userId);
}

/**
 * SECURITY: checks a code for a user, throttled per account like the password login (the counter
 * lives in the database). A wrong code is counted and audited in its own transaction, then `onWrong`
 * decides the error. Returns the matched time step, which the caller must consume.
 */
async function checkCode(ctx: RequestContext, user: UserRecord, code: string, purpose: CodePurpose, onWrong: () => Error) {
  const rule = ctx.platform.security.loginThrottle;
  const key = codeThrottleKey(ctx, user.id);
  const wait = await secondsBlocked(ctx, key, rule, ctx.platform.now());
  if (wait > 0) throw new TooManyRequestsError(wait);
  const secret = user.totp_secret ? openSecret(ctx.platform.security.sessionSecret, TOTP_PURPOSE, user.totp_secret) : undefined;
  const step = secret ? await matchingTimeStep(secret, code, user.totp_last_step, ctx.platform.now()) : null;
  if (step !== null) return step;
  await inTransaction(ctx, async (tx) => {
    await recordFailure(tx, key, rule, tx.platform.now());
    await recordAudit(tx, 'auth.totp_failed', { objectType: 'user', objectId: user.id, data: { purpose } });
  });
  throw onWrong();
}

/**
 * SECURITY: records the used time step, only if it is newer than the last one, so a code (or an
 * older one) can never be used twice, even by two requests racing each other.
 */
async function consumeTimeStep(tx: RequestContext, user: UserRecord, step: number, onWrong: () => Error): Promise<void> {
  const result = await tenantDb(tx)
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('users.id', '=', user.id)
    .where((eb) => eb.or([eb('users.totp_last_step', 'is', null), eb('users.totp_last_step', '<', step)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw onWrong();
  await clearFailures(tx, codeThrottleKey(tx, user.id));
}

const invalidField = (message: string) => () => new ValidationError([{ field: 'body.code', message }]);
const invalidLogin = () => new UnauthorizedError('identity.totpInvalid');

async function currentUser(ctx: RequestContext): Promise<UserRecord> {
  const user = await findUserById(ctx, ctx.actor.userId ?? '');
  if (!user) throw new UnauthorizedError();
  return user;
}

/** Starts (or restarts) the authenticator setup: stores a new secret, not yet enabled. */
export async function beginTotpSetup(ctx: RequestContext): Promise<TotpSetup> {
  const user = await currentUser(ctx);
  if (user.totp_enabled === 1) throw new ConflictError('errors.conflict');
  const tenant = await getTenant(ctx, ctx.tenantId);
  const secret = generateSecret();
  const label = `${tenant.slug}/${user.email ?? user.nip ?? user.id}`;
  await inTransaction(ctx, async (tx) => {
    await tenantDb(tx)
      .updateTable('users')
      .set({ totp_secret: sealSecret(ctx.platform.security.sessionSecret, TOTP_PURPOSE, secret), totp_last_step: null })
      .where('users.id', '=', user.id)
      .where('users.totp_enabled', '=', 0)
      .execute();
    await recordAudit(tx, 'auth.totp_setup_started', { objectType: 'user', objectId: user.id });
  });
  return { secret, otpauthUri: generateURI({ secret, issuer: TOTP_ISSUER, label }) };
}

/** Turns the second factor on once the user proves their app shows the right code. */
export async function enableTotp(ctx: RequestContext, code: string): Promise<void> {
  const user = await currentUser(ctx);
  if (user.totp_enabled === 1) throw new ConflictError('errors.conflict');
  if (!user.totp_secret) throw invalidField('identity.totpNotSetUp')();
  const step = await checkCode(ctx, user, code, 'enable', invalidField('identity.totpInvalid'));
  await inTransaction(ctx, async (tx) => {
    await consumeTimeStep(tx, user, step, invalidField('identity.totpInvalid'));
    await tenantDb(tx).updateTable('users').set({ totp_enabled: 1 }).where('users.id', '=', user.id).execute();
    await recordAudit(tx, 'auth.totp_enabled', { objectType: 'user', objectId: user.id });
  });
}

/** Turns the second factor off; a valid current code is required, and the secret is forgotten. */
export async function disableTotp(ctx: RequestContext, code: string): Promise<void> {
  const user = await currentUser(ctx);
  if (user.totp_enabled !== 1) throw invalidField('identity.totpNotSetUp')();
  const step = await checkCode(ctx, user, code, 'disable', invalidField('identity.totpInvalid'));
  await inTransaction(ctx, async (tx) => {
    await consumeTimeStep(tx, user, step, invalidField('identity.totpInvalid'));
    await tenantDb(tx)
      .updateTable('users')
      .set({ totp_enabled: 0, totp_secret: null, totp_last_step: null })
      .where('users.id', '=', user.id)
      .execute();
    await recordAudit(tx, 'auth.totp_disabled', { objectType: 'user', objectId: user.id });
  });
}

/**
 * SECURITY: the second login step. The half-open session named by the cookie (mfa_pending) is
 * revoked and a fresh session with a new token is opened, so the token seen before the second factor
 * never grants access. Wrong codes answer 401 and are throttled per account.
 */
export async function completeTotpLogin(pub: PublicContext, request: FastifyRequest, code: string): Promise<OpenedSession> {
  const pending = await resolveSessionCookie(request, pub);
  if (!pending?.mfaPending) throw new UnauthorizedError();
  const scope = { db: pub.db, tenantId: pending.tenantId };
  const user = await findUserById(scope, pending.userId);
  if (user?.totp_enabled !== 1) throw new UnauthorizedError();
  const roles = await rolesOf(scope, user.id);
  const ctx = contextForUser(pub, pending.tenantId, user, roles, pending.sessionId);
  const step = await checkCode(ctx, user, code, 'login', invalidLogin);
  const tenant = await getTenant(pub, pending.tenantId);
  return inTransaction(ctx, async (tx) => {
    await consumeTimeStep(tx, user, step, invalidLogin);
    const revoked = await revokeSessions(tx, { sessionId: pending.sessionId }, tx.platform.now().toISOString());
    if (revoked !== 1) throw new UnauthorizedError();
    const opened = await openSession(tx, pub, tenant, false);
    await recordAudit(tx, 'auth.login', { objectType: 'session', objectId: opened.sessionId, data: { secondFactor: 'totp' } });
    return opened;
  });
}
