import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/context.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { mayActivatePack, mayEditPack, mayManageRegulation } from './regulation.policy.ts';

const actor = (roles: string[]): Actor => ({
  kind: 'user',
  userId: 'u',
  label: 'uji',
  roles,
  permissions: permissionsForRoles(roles),
  sessionId: null,
});

describe('regulation policy', () => {
  it('lets admin and arsiparis manage packs, nobody else', () => {
    const allowed = ['admin', 'pencatat', 'arsiparis', 'pimpinan', 'staf', 'super_admin'].map(
      (role) => [role, mayManageRegulation(actor([role])).allowed] as const,
    );
    expect(allowed).toEqual([
      ['admin', true],
      ['pencatat', false],
      ['arsiparis', true],
      ['pimpinan', false],
      ['staf', false],
      ['super_admin', false],
    ]);
  });

  it('edits and activates only drafts', () => {
    const table = (['draft', 'active', 'retired'] as const).map((s) => [s, mayEditPack(s), mayActivatePack(s)]);
    expect(table).toEqual([
      ['draft', { allowed: true }, { allowed: true }],
      [
        'active',
        { allowed: false, reason: 'regulation.packNotDraft' },
        { allowed: false, reason: 'regulation.onlyDraftActivates' },
      ],
      [
        'retired',
        { allowed: false, reason: 'regulation.packNotDraft' },
        { allowed: false, reason: 'regulation.onlyDraftActivates' },
      ],
    ]);
  });
});
