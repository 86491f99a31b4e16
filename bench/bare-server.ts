/**
 * The comparison server for bench/http.ts: bare Fastify and better-sqlite3 on the same SQLite file as
 * Pamong, no framework layers. Serves GET /health ({status:'ok'}) and GET /org/units, the org tree of
 * one tenant built from the same raw queries as listUnits (units, positions, current holders), in the
 * same JSON shape. Env: BARE_SQLITE (file path), BARE_TENANT (slug), PORT (0 = any), prints its address.
 */
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

interface UnitRow {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: string;
}
interface PositionRow {
  id: string;
  unit_id: string;
  code: string;
  name: string;
  echelon: string | null;
  is_head: number;
}
interface HolderRow {
  position_id: string;
  kind: string;
  id: string;
  name: string;
  nip: string;
  front_title: string | null;
  back_title: string | null;
}

const sqlite = new SQLite(process.env.BARE_SQLITE ?? '');
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('mmap_size = 268435456');
const tenant = sqlite.prepare('select id from tenants where slug = ?').get(process.env.BARE_TENANT ?? 'demo') as
  | { id: string }
  | undefined;
if (!tenant) throw new Error(`tenant ${process.env.BARE_TENANT} not found`);
const tenantId = tenant.id;

const unitsQuery = sqlite.prepare('select * from units where tenant_id = ? order by sort_order, name');
const positionsQuery = sqlite.prepare('select * from positions where tenant_id = ? order by is_head desc, name');
const holdersQuery = sqlite.prepare(`
  select a.position_id, a.kind, e.id, e.name, e.nip, e.front_title, e.back_title
  from assignments a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id
  where a.tenant_id = ? and a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?)`);
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' });

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** The org tree of the tenant, shaped like Pamong's UnitView list. */
function orgTree() {
  const date = today.format(new Date());
  const units = unitsQuery.all(tenantId) as UnitRow[];
  const positionsByUnit = group(positionsQuery.all(tenantId) as PositionRow[], (p) => p.unit_id);
  const holdersByPosition = group(holdersQuery.all(tenantId, date, date) as HolderRow[], (h) => h.position_id);
  return units.map((u) => ({
    id: u.id,
    parentId: u.parent_id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    positions: (positionsByUnit.get(u.id) ?? []).map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      echelon: p.echelon,
      isHead: p.is_head === 1,
      holders: (holdersByPosition.get(p.id) ?? []).map((h) => ({
        employeeId: h.id,
        name: [h.front_title, h.name].filter(Boolean).join(' ') + (h.back_title ? `, ${h.back_title}` : ''),
        nip: h.nip,
        kind: h.kind,
      })),
    })),
  }));
}

const app = Fastify({ logger: false });
// The same probe Pamong's health route runs, so both answer after one database round trip.
const probe = sqlite.prepare('select 1');
app.get('/health', async () => {
  probe.get();
  return { status: 'ok', database: 'sqlite', version: '0.1.0' };
});
app.get('/org/units', async () => ({ units: orgTree() }));
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`bare server listening on ${address}`);
const stop = async () => {
  await app.close();
  sqlite.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
