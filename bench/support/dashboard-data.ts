/**
 * The e-SAKIP dashboard data set of issue #5: one tenant with N OPD × M indicators (monthly, last value), stored
 * capaian for M01–M12, twelve verified realisasi and an annual target per indicator, ten budget lines per OPD each
 * tagged to four indicators. Rows are written directly (the capaian engine is not run); values are deterministic.
 */

import type { DatabaseHandle } from '../../src/db/connection.ts';
import { inTransaction } from '../../src/db/executor.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { createTenantFromCode } from '../../src/modules/organization/index.ts';
import { type PlatformServices, systemContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import {
  annualTargetRow,
  budgetLineRow,
  indicatorRow,
  insertChunked,
  nodeRow,
  periodRow,
  realisasiRow,
  resultRow,
  tagRow,
} from '../../test/factories/dashboard.ts';

/** What was generated: the tenant, a reader account, one OPD and one indicator to ask about, row counts. */
export interface DashboardDataSet {
  readonly tenantId: string;
  readonly slug: string;
  readonly email: string;
  readonly password: string;
  readonly unitId: string;
  readonly indicatorId: string;
  readonly rows: Record<string, number>;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);
const bandOf = (value: number) => (value < 70 ? 'merah' : value < 90 ? 'kuning' : 'hijau');

/** Rows of one OPD: its node, indicators, stored capaian, realisasi, targets, budget lines and tags. */
function opdRows(periodId: string, unitId: string, opd: number, indicators: number, year: number) {
  const node = nodeRow(periodId, unitId);
  const inds = Array.from({ length: indicators }, (_, i) =>
    indicatorRow(node.id, { name: `Indikator ${opd}.${i + 1}`, code: `${opd}.${i + 1}`, frequency: 'monthly', sortOrder: i }),
  );
  const results = inds.flatMap((ind, i) =>
    MONTHS.map((period, m) => {
      const value = 40 + ((opd * 7 + i * 13 + m * 3) % 75);
      return resultRow(ind.id as string, year, period, { value: `${value}.${(i + m) % 10}0`, band: bandOf(value) });
    }),
  );
  const realisasi = inds.flatMap((ind, i) =>
    MONTHS.map((p, m) => realisasiRow(ind.id as string, year, p, String(50 + ((i + m * 5) % 50)))),
  );
  const targets = inds.map((ind) => annualTargetRow(ind.id as string, year, '90'));
  const lines = Array.from({ length: 10 }, (_, l) =>
    budgetLineRow(
      unitId,
      year,
      `2.16.02.1.01.${String(l + 1).padStart(4, '0')}`,
      '100000000',
      MONTHS.map((_m, m) => String(5_000_000 + m * 1000 + l)),
    ),
  );
  const tags = inds.map((ind, i) => tagRow(lines[Math.floor(i / 4) % lines.length].id as string, ind.id as string));
  return { node, inds, results, realisasi, targets, lines, tags };
}

/** Generates the data set into a migrated database; one transaction. */
export async function generateDashboardData(
  db: DatabaseHandle,
  platform: PlatformServices,
  size: { opds: number; indicators: number; year: number },
): Promise<DashboardDataSet> {
  const { tenant } = await createTenantFromCode({ db, platform }, '33.13', { slug: 'bench-dasbor' });
  const ctx = systemContext(db, platform, tenant.id, 'bench', permissionsForRoles(['admin']));
  const email = 'pembaca@bench-dasbor.go.id';
  const password = 'kata-sandi-bench-2026';
  await createUser(ctx, { displayName: 'Pembaca Dasbor', email, password, roles: ['staf'] });
  const rows: Record<string, number> = {};
  let first: { unitId: string; indicatorId: string } | null = null;
  await inTransaction(ctx, async (tx) => {
    const t = tenantDb(tx);
    const period = periodRow(size.year - 1);
    await t.insertInto('plan_periods', period).execute();
    for (let opd = 1; opd <= size.opds; opd++) {
      const unitId = newId();
      await t
        .insertInto('units', {
          id: unitId,
          parent_id: null,
          code: `OPD-${opd}`,
          name: `Perangkat Daerah ${opd}`,
          kind: 'dinas',
          region_id: null,
          sort_order: opd,
          status: 'active',
        })
        .execute();
      const r = opdRows(period.id as string, unitId, opd, size.indicators, size.year);
      first ??= { unitId, indicatorId: r.inds[0].id as string };
      await t.insertInto('plan_nodes', r.node).execute();
      await insertChunked(t, 'indicators', r.inds);
      await insertChunked(t, 'capaian_results', r.results);
      await insertChunked(t, 'indicator_realizations', r.realisasi);
      await insertChunked(t, 'indicator_targets', r.targets);
      await insertChunked(t, 'budget_lines', r.lines);
      await insertChunked(t, 'budget_indicator_tags', r.tags);
      for (const [name, list] of Object.entries(r)) rows[name] = (rows[name] ?? 0) + (Array.isArray(list) ? list.length : 1);
    }
  });
  const chosen = first as unknown as { unitId: string; indicatorId: string };
  return { tenantId: tenant.id, slug: tenant.slug, email, password, ...chosen, rows };
}
