/** A login account of one tenant, usually tied to a pegawai. */
export interface UsersTable {
  tenant_id: string;
  id: string;
  employee_id: string | null;
  /** Lower-cased e-mail, unique per tenant when present. */
  email: string | null;
  /** NIP as login name, unique per tenant when present. */
  nip: string | null;
  display_name: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: number;
  totp_last_step: number | null;
  oidc_subject: string | null;
  status: 'active' | 'disabled';
  must_change_password: number;
  created_at: string;
  password_changed_at: string | null;
}

export interface UserRolesTable {
  tenant_id: string;
  user_id: string;
  role: string;
}

/** A login session; only the SHA-256 of the cookie token is stored. */
export interface SessionsTable {
  tenant_id: string;
  id: string;
  user_id: string;
  token_hash: string;
  mfa_pending: number;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** A pending OIDC authorisation (state, PKCE verifier) between redirect and callback. */
export interface OidcStatesTable {
  tenant_id: string;
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
  expires_at: string;
}

export interface IdentityTables {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  oidc_states: OidcStatesTable;
}
