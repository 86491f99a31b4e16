import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/context.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { mayAllocateNumbers, mayManageNumbering, transitionToUsed, voidTransition } from './numbering.policy.ts';

function actor(role: string): Actor {
  return { kind: 'user', userId: 'u', label: role, roles: [role], permissions: permissionsForRoles([role]), sessionId: null };
}

const reserved = { state: 'reserved' as const, referenceType: null, referenceId: null };
const letter = { type: 'letter', id: 'L1' };

describe('numbering policy', () => {
  it('lets admin and pencatat manage numbering, not staf or pimpinan', () => {
    expect(mayManageNumbering(actor('admin')).allowed).toBe(true);
    expect(mayManageNumbering(actor('pencatat')).allowed).toBe(true);
    expect(mayManageNumbering(actor('staf')).allowed).toBe(false);
    expect(mayManageNumbering(actor('pimpinan')).allowed).toBe(false);
  });

  it('lets every ASN role allocate for its letters, not a village operator', () => {
    expect(mayAllocateNumbers(actor('staf')).allowed).toBe(true);
    expect(mayAllocateNumbers(actor('operator_desa')).allowed).toBe(false);
  });

  it('moves RESERVED to USED once; the same reference again is a no-op; another reference or a void conflicts', () => {
    expect(transitionToUsed(reserved, letter)).toEqual({ kind: 'apply' });
    expect(transitionToUsed({ state: 'used', referenceType: 'letter', referenceId: 'L1' }, letter)).toEqual({ kind: 'noop' });
    expect(transitionToUsed({ state: 'used', referenceType: 'letter', referenceId: 'L2' }, letter)).toMatchObject({
      kind: 'refuse',
      as: 'conflict',
    });
    expect(transitionToUsed({ state: 'reserved', referenceType: 'letter', referenceId: 'L2' }, letter).kind).toBe('refuse');
    expect(transitionToUsed({ ...reserved, state: 'void' }, letter)).toMatchObject({ reason: 'numbering.alreadyVoid' });
  });

  it('voids a reserved number for any allocator, a used one only for numbering.manage, never twice', () => {
    expect(voidTransition('reserved', actor('staf'))).toEqual({ kind: 'apply' });
    expect(voidTransition('used', actor('staf'))).toMatchObject({ kind: 'refuse', as: 'forbidden' });
    expect(voidTransition('used', actor('pencatat'))).toEqual({ kind: 'apply' });
    expect(voidTransition('void', actor('admin'))).toMatchObject({ kind: 'refuse', as: 'conflict' });
  });
});
