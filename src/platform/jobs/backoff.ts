/** Longest wait between two attempts of a job. */
export const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Delay before the next attempt after `attempt` failed runs: 2^attempt seconds, capped at 10 minutes,
 * spread by ±20% so jobs that failed together do not retry together.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(2 ** attempt * 1000, MAX_BACKOFF_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Longest stored error text; longer messages are cut. */
export const MAX_ERROR_LENGTH = 2000;

/** The message of a thrown value, cut to MAX_ERROR_LENGTH characters. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
