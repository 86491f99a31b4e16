import type { DatabaseHandle } from '../../db/handle.ts';
import type { PlatformServices } from '../access/context.ts';
import type { Locale } from '../i18n/i18n.ts';

/** What a public (unauthenticated) route handler may use: no tenant, no actor. */
export interface PublicContext {
  readonly db: DatabaseHandle;
  readonly platform: PlatformServices;
  readonly requestId: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly locale: Locale;
}
