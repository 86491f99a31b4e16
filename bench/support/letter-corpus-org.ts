/**
 * The organisation and accounts of the 1M-letter corpus: ~200 units (a three-level tree), a head per unit and staff
 * positions held by many pegawai each, and one account per pegawai (inserted directly, one shared password hash).
 */
import { hashPassword } from '../../src/modules/identity/passwords.ts';
import type { OrgPlan } from '../../src/modules/organization/index.ts';
import { newId } from '../../src/shared/ids.ts';
import type { BulkWriter, Cell } from './bulk-writer.ts';
import { generateOrgPlan } from './org-plan-generator.ts';

/** A position of the generated organisation as the letter generator needs it. */
export interface CorpusPosition {
  readonly id: string;
  readonly unitId: string;
  readonly isHead: boolean;
  /** One pegawai holding it (the head, or the first staff holder). */
  readonly employeeId: string;
  readonly holderName: string;
}

/**
 * An org plan with `units` units and `employees` pegawai: the first `units` employees head one unit each
 * (definitif), the others hold the staff positions round-robin (functional positions held by many).
 */
export function corpusOrgPlan(employees: number, units: number): OrgPlan {
  const full = generateOrgPlan(employees);
  const keptUnits = full.units.slice(0, units); // parents always come before their children
  const unitCodes = new Set(keptUnits.map((u) => u.code));
  const positions = full.positions.filter((p) => unitCodes.has(p.unitCode));
  const heads = positions.filter((p) => p.isHead);
  const staff = positions.filter((p) => !p.isHead);
  const assignments = full.employees.map((person, index) => ({
    positionCode: (index < heads.length ? heads[index] : staff[(index - heads.length) % staff.length]).code,
    nip: person.nip,
    kind: 'definitif' as const,
    startsOn: '2020-01-02',
    endsOn: null,
    decreeNumber: `800/${index + 1}/BKPSDM`,
  }));
  return { units: keptUnits, positions, employees: full.employees, assignments };
}

interface HolderRow {
  position_id: string;
  unit_id: string;
  is_head: number | boolean;
  employee_id: string;
  name: string;
  code: string;
}

/** Positions in plan order (heads first: Setda, then OPD, bidang, seksi) with one holder each, read back after the import. */
export async function corpusPositions(writer: BulkWriter, tenantId: string, plan: OrgPlan): Promise<CorpusPosition[]> {
  const p = writer.dialect === 'postgres' ? '$1' : '?';
  const rows = await writer.query<HolderRow>(
    `SELECT p.id AS position_id, p.unit_id, p.is_head, a.employee_id, e.name, p.code FROM positions p
     JOIN assignments a ON a.tenant_id = p.tenant_id AND a.position_id = p.id
     JOIN employees e ON e.tenant_id = a.tenant_id AND e.id = a.employee_id
     WHERE p.tenant_id = ${p} ORDER BY p.is_head DESC, e.nip`,
    [tenantId],
  );
  const byPosition = new Map<string, CorpusPosition>();
  for (const r of rows)
    if (!byPosition.has(r.position_id))
      byPosition.set(r.position_id, {
        id: r.position_id,
        unitId: r.unit_id,
        isHead: Boolean(Number(r.is_head)),
        employeeId: r.employee_id,
        holderName: r.name,
      });
  const planIndex = new Map(plan.positions.map((position, index) => [position.code, index]));
  const order = new Map(rows.map((r) => [r.position_id, planIndex.get(r.code) ?? 0]));
  return [...byPosition.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

const USER_COLUMNS = ['tenant_id', 'id', 'employee_id', 'email', 'nip', 'display_name', 'password_hash', 'totp_enabled'];
const USER_COLUMNS_REST = ['status', 'must_change_password', 'created_at'];

/** One account per pegawai (role staf; the first `registrars` get pencatat instead); returns user id by employee id. */
export async function insertAccounts(
  writer: BulkWriter,
  tenantId: string,
  registrarEmployeeIds: readonly string[],
): Promise<Map<string, string>> {
  const hash = await hashPassword('kata-sandi-bench-2026');
  const employees = await writer.query<{ id: string; nip: string; name: string }>(
    `SELECT id, nip, name FROM employees WHERE tenant_id = ${writer.dialect === 'postgres' ? '$1' : '?'}`,
    [tenantId],
  );
  const userByEmployee = new Map<string, string>();
  const users: Cell[][] = [];
  const roles: Cell[][] = [];
  for (const e of employees) {
    const id = newId();
    userByEmployee.set(e.id, id);
    users.push([tenantId, id, e.id, `${e.nip}@bench.go.id`, e.nip, e.name, hash, 0, 'active', 0, '2026-01-01T00:00:00Z']);
    roles.push([tenantId, id, registrarEmployeeIds.includes(e.id) ? 'pencatat' : 'staf']);
  }
  await writer.transaction(async () => {
    await writer.insert('users', [...USER_COLUMNS, ...USER_COLUMNS_REST], users);
    await writer.insert('user_roles', ['tenant_id', 'user_id', 'role'], roles);
  });
  return userByEmployee;
}
