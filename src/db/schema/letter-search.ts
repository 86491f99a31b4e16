/** The search index of letters (correspondence module). */
import type { ColumnType } from 'kysely';

/** Whether the letter's PDF text is in the index yet. */
export type LetterTextState = 'pending' | 'indexed' | 'none' | 'failed';

/**
 * One letter in the search index: its searchable texts as plain words, and `seq`, the newest-first search order
 * (the FTS5 rowid on SQLite; an identity on PostgreSQL, where a generated `document` tsvector is not typed here).
 */
export interface LetterSearchTable {
  tenant_id: string;
  letter_id: string;
  seq: ColumnType<number, number | undefined, never>;
  hal: string;
  body: string;
  scan_text: string | null;
  text_state: LetterTextState;
  indexed_at: string;
}

export interface LetterSearchTables {
  letter_search: LetterSearchTable;
}
