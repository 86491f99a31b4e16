import { v7 } from 'uuid';

/** A new application-generated, time-sortable id (UUIDv7 as text), portable across SQLite and PostgreSQL. */
export function newId(): string {
  return v7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when the text has the shape of an id Pamong generates. */
export function isId(text: string): boolean {
  return UUID.test(text);
}
