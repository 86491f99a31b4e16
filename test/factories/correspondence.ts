/** Test helpers for correspondence: people holding positions, and multipart letter registrations. */
import { randomBytes } from 'node:crypto';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { HARNESS_PASSWORD, type Harness, type HarnessTenant, type Session } from '../support/harness.ts';

/** A pegawai with a login, holding a position. */
export interface PositionAccount {
  readonly positionId: string;
  readonly employeeId: string;
  readonly name: string;
  readonly session: Session;
}

let people = 0;

async function ensurePosition(h: Harness, tenant: HarnessTenant, code: string, name: string, unitCode: string): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const found = await db.selectFrom('positions').select('id').where('code', '=', code).executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  const unitId = await h.unitId(tenant, unitCode);
  await db.insertInto('positions', { id, unit_id: unitId, code, name, echelon: null, is_head: 0 }).execute();
  return id;
}

/**
 * A new pegawai holding the position (created in the unit when missing), with a linked account of the given role,
 * logged in. `kind` plt/plh shows that acting holders see the work as well.
 */
export async function positionAccount(
  h: Harness,
  tenant: HarnessTenant,
  spec: {
    positionCode: string;
    positionName?: string;
    unitCode?: string;
    name: string;
    kind?: 'definitif' | 'plt' | 'plh' | 'pj';
  },
): Promise<PositionAccount> {
  const ctx = systemContext(h.db, h.platform, tenant.id, 'test', permissionsForRoles(['admin']));
  const positionId = await ensurePosition(
    h,
    tenant,
    spec.positionCode,
    spec.positionName ?? spec.positionCode,
    spec.unitCode ?? 'DISKOMINFO',
  );
  people += 1;
  const nip = `1990${String(people).padStart(4, '0')}${randomBytes(5).readUIntBE(0, 5).toString().padStart(10, '0')}`.slice(
    0,
    18,
  );
  const employeeId = newId();
  const db = tenantDb(ctx);
  await db
    .insertInto('employees', { id: employeeId, nip, nik: null, name: spec.name, front_title: null, back_title: null })
    .execute();
  await db
    .insertInto('assignments', {
      id: newId(),
      position_id: positionId,
      employee_id: employeeId,
      kind: spec.kind ?? 'definitif',
      starts_on: '2020-01-01',
      ends_on: null,
      decree_number: null,
    })
    .execute();
  const email = `p${people}.${nip}@${tenant.slug}.uji.go.id`;
  await createUser(ctx, { displayName: spec.name, email, password: HARNESS_PASSWORD, roles: ['staf'], employeeId });
  const res = await h.app.http.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: tenant.slug, username: email, password: HARNESS_PASSWORD },
  });
  const cookie = res.cookies.find((c) => c.name === 'pamong_session')?.value;
  if (res.statusCode !== 200 || !cookie) throw new Error(`login failed: ${res.body}`);
  return {
    positionId,
    employeeId,
    name: spec.name,
    session: { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id },
  };
}

/** Makes a pegawai Plt of a further position from 2020 on, so they hold two positions at once. */
export async function actingAssignment(h: Harness, tenant: HarnessTenant, employeeId: string, positionId: string) {
  await tenantDb({ db: h.db, tenantId: tenant.id })
    .insertInto('assignments', {
      id: newId(),
      position_id: positionId,
      employee_id: employeeId,
      kind: 'plt',
      starts_on: '2020-01-01',
      ends_on: null,
      decree_number: null,
    })
    .execute();
}

/**
 * Unread recipient rows of `role` for `positionId`, straight into the table (registering 100 letters is slow): each
 * id gets a copy of one existing letter of the tenant unless a letter with that id exists already.
 */
export async function unreadCopies(
  h: Harness,
  tenant: HarnessTenant,
  letterIds: readonly string[],
  positionId: string,
  role: 'kepada' | 'tembusan',
) {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const template = await db.selectFrom('letters').selectAll().limit(1).executeTakeFirstOrThrow();
  for (const id of letterIds) {
    const existing = await db.selectFrom('letters').select('id').where('id', '=', id).executeTakeFirst();
    if (!existing) {
      const { tenant_id: _t, ...row } = { ...template, id, agenda_number: null, agenda_number_id: null };
      await db.insertInto('letters', row).execute();
    }
    await db
      .insertInto('letter_recipients', {
        id: newId(),
        letter_id: id,
        position_id: positionId,
        role,
        received_on: template.received_on,
        read_at: null,
        read_by_employee_id: null,
        created_at: template.created_at,
      })
      .execute();
  }
}

/** Metadata of an incoming letter to the unit, with overrides. */
export function letterMetadata(unitId: string, overrides: Record<string, unknown> = {}) {
  return {
    sender: {
      name: 'Kepala Dinas Kominfo Provinsi',
      organisation: 'Dinas Kominfo Provinsi Jawa Tengah',
      email: 'kominfo@jatengprov.go.id',
    },
    theirNumber: '045/1234/2026',
    theirDate: '2026-11-20',
    receivedDate: '2026-11-24',
    hal: 'Undangan Rapat Koordinasi Satu Data',
    summary: 'Rapat koordinasi pada 2 Desember 2026 di Semarang.',
    security: 'biasa',
    urgency: 'segera',
    kka: '000.1.5',
    attachmentsNote: '1 berkas',
    unitId,
    ...overrides,
  };
}

/** A multipart body: the `metadata` JSON field (optional) and the `file` part (optional), in the given order. */
export function letterMultipart(
  metadata: unknown,
  file: Buffer | undefined,
  opts: { fileFirst?: boolean; fileName?: string } = {},
) {
  const boundary = `----pamong${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  const meta =
    metadata === undefined
      ? []
      : [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${typeof metadata === 'string' ? metadata : JSON.stringify(metadata)}\r\n`,
          ),
        ];
  const filePart = file
    ? [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${opts.fileName ?? 'surat.pdf'}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        file,
        Buffer.from('\r\n'),
      ]
    : [];
  parts.push(...(opts.fileFirst ? [...filePart, ...meta] : [...meta, ...filePart]), Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
