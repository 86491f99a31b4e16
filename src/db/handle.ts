/** The two databases Pamong runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** An open database. The Kysely instance inside is deliberately not a property: see rawKysely in connection.ts. */
export interface DatabaseHandle {
  readonly dialect: DialectName;
  readonly url: string;
  close(): Promise<void>;
}
