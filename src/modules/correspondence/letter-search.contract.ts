/** Request and response shapes of letter search (the web app may import this file). */
import { z } from 'zod';
import { LetterSecurity, LetterStatus, LetterUrgency } from './correspondence.contract.ts';

/** `GET /api/letters/search` query: words to find (any punctuation is ignored), an opaque cursor, a page size. */
export const LetterSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** One found letter. */
export const LetterSearchItem = z.object({
  id: z.string(),
  direction: z.enum(['incoming', 'outgoing']),
  agendaNumber: z.string().nullable(),
  theirNumber: z.string().nullable(),
  hal: z.string(),
  senderName: z.string().nullable(),
  senderOrganisation: z.string().nullable(),
  receivedOn: z.string(),
  security: LetterSecurity,
  urgency: LetterUrgency,
  status: LetterStatus,
});

/**
 * `GET /api/letters/search` answer. The letters I may see among the newest 1,000 matches come first, by relevance;
 * older matches I may see follow newest first (ADR 0004). `nextCursor` is null on the last page.
 */
export const LetterSearchView = z.object({ items: z.array(LetterSearchItem), nextCursor: z.string().nullable() });
