import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import {
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  MfaRequiredView,
  SessionView,
  SetRolesInput,
  TemporaryPasswordView,
  UserIdParams,
  UserListView,
} from './identity.contract.ts';
import { findUserById, rolesOf } from './identity.repository.ts';
import { contextForUser, login } from './login.service.ts';
import { changePassword, logout, logoutEverywhere, sessionView } from './session.service.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { createUser, listUsers, resetUserPassword, resetUserTotp, setUserRoles } from './users.service.ts';

/** Login, session, password and account-administration endpoints. */
export const identityRoutes = defineRoutes('identity', (r) => {
  r.publicRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Masuk dengan NIP/e-mail dan kata sandi (log in)',
    body: LoginInput,
    response: { 200: z.union([SessionView, MfaRequiredView]) },
    handler: async ({ pub, body, reply }) => {
      const opened = await login(pub, body);
      setSessionCookie(reply, opened, pub.platform.security.secureCookies);
      if (opened.mfaPending) return { mfaRequired: true as const, csrfToken: opened.csrfToken };
      const scope = { db: pub.db, tenantId: opened.tenant.id };
      const user = await findUserById(scope, opened.userId);
      return sessionView(contextForUser(pub, opened.tenant.id, user!, await rolesOf(scope, opened.userId), opened.sessionId));
    },
  });
  r.route({
    method: 'GET',
    url: '/api/auth/session',
    summary: 'Sesi yang sedang aktif (current session)',
    permission: 'authenticated',
    response: { 200: SessionView },
    handler: ({ ctx }) => sessionView(ctx),
  });
  r.route({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'Keluar (log out)',
    permission: 'authenticated',
    handler: async ({ ctx, reply }) => {
      await logout(ctx);
      clearSessionCookie(reply);
    },
  });
  r.route({
    method: 'POST',
    url: '/api/auth/logout-all',
    summary: 'Keluar dari semua perangkat (log out everywhere)',
    permission: 'authenticated',
    handler: async ({ ctx, reply }) => {
      await logoutEverywhere(ctx);
      clearSessionCookie(reply);
    },
  });
  r.route({
    method: 'POST',
    url: '/api/auth/password',
    summary: 'Ganti kata sandi sendiri (change own password)',
    permission: 'authenticated',
    body: ChangePasswordInput,
    handler: ({ ctx, body }) => changePassword(ctx, body),
  });
  r.route({
    method: 'GET',
    url: '/api/users',
    summary: 'Daftar pengguna (list users)',
    permission: 'identity.user.manage',
    response: { 200: UserListView },
    handler: async ({ ctx }) => ({ users: await listUsers(ctx) }),
  });
  r.route({
    method: 'POST',
    url: '/api/users',
    summary: 'Buat pengguna (create a user)',
    permission: 'identity.user.manage',
    body: CreateUserInput,
    status: 201,
    response: { 201: z.object({ id: z.string() }) },
    handler: ({ ctx, body }) => createUser(ctx, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/users/:userId/roles',
    summary: 'Atur peran pengguna (set roles)',
    permission: 'identity.user.manage',
    params: UserIdParams,
    body: SetRolesInput,
    handler: ({ ctx, params, body }) => setUserRoles(ctx, params.userId, body.roles),
  });
  r.route({
    method: 'POST',
    url: '/api/users/:userId/reset-password',
    summary: 'Setel ulang kata sandi pengguna (admin reset)',
    permission: 'identity.user.manage',
    params: UserIdParams,
    response: { 200: TemporaryPasswordView },
    handler: async ({ ctx, params }) => ({ temporaryPassword: await resetUserPassword(ctx, params.userId) }),
  });
  r.route({
    method: 'POST',
    url: '/api/users/:userId/reset-totp',
    summary: "Matikan autentikator pengguna yang kehilangan ponselnya (reset a user's TOTP)",
    permission: 'identity.user.manage',
    params: UserIdParams,
    handler: ({ ctx, params }) => resetUserTotp(ctx, params.userId),
  });
});
