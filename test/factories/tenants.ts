import type { DatabaseHandle } from '../../src/db/handle.ts';
import { platformDb } from '../../src/db/system-db.ts';
import { newId } from '../../src/shared/ids.ts';

let counter = 0;

/** Inserts a bare tenant row (no regions, no users) and returns its id; for tests below the service layer. */
export async function insertTestTenant(db: DatabaseHandle, overrides: { code?: string; slug?: string; name?: string } = {}) {
  counter += 1;
  const id = newId();
  const suffix = `${process.pid}${counter}`;
  const row = {
    id,
    code: overrides.code ?? `99.${suffix}`,
    slug: overrides.slug ?? `test-${suffix}`,
    name: overrides.name ?? `Kabupaten Uji ${suffix}`,
    kind: 'kabupaten' as const,
    province_code: '99',
    province_name: 'Provinsi Uji',
    timezone: 'Asia/Jakarta',
    settings: '{}',
    created_at: new Date().toISOString(),
  };
  await platformDb({ db }).insertInto('tenants').values(row).execute();
  return row;
}
