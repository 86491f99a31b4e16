/** Days before expiry from which a certificate is shown as expiring (and its holder warned). */
export const EXPIRY_WARNING_DAYS = 30;

/** The state of a signer certificate at `now`: valid, expiring (within 30 days), expired or revoked. */
export function certificateStatus(
  cert: { readonly not_after: string; readonly revoked_at: string | null },
  now: Date,
): { status: 'valid' | 'expiring' | 'expired' | 'revoked'; daysLeft: number } {
  const daysLeft = Math.floor((Date.parse(cert.not_after) - now.getTime()) / 86_400_000);
  if (cert.revoked_at) return { status: 'revoked', daysLeft };
  if (daysLeft < 0 || Date.parse(cert.not_after) <= now.getTime()) return { status: 'expired', daysLeft: Math.min(daysLeft, 0) };
  return { status: daysLeft <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid', daysLeft };
}
