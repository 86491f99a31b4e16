import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../src/modules/identity/identity.contract.ts';
import { isPlatformOperator, visibleNavItems } from './nav.ts';

function sessionWith(permissions: string[]): SessionView {
  return {
    user: {
      id: 'u1',
      displayName: 'Uji',
      email: null,
      nip: null,
      roles: [],
      permissions,
      totpEnabled: false,
      mustChangePassword: false,
    },
    tenant: { id: 't1', code: '00', slug: 'platform', name: 'Platform Pamong', kind: 'platform' },
    csrfToken: 'x',
  };
}

const paths = (permissions: string[]) => visibleNavItems(sessionWith(permissions)).map((item) => item.to);

describe('visibleNavItems', () => {
  it('gives the platform super-admin only the tenant list and the admin page', () => {
    expect(isPlatformOperator(sessionWith(['platform.tenant.manage', 'jobs.read']))).toBe(true);
    expect(paths(['platform.tenant.manage', 'jobs.read'])).toEqual(['/platform', '/admin']);
  });

  it('keeps pemda work and hides the tenant list for a pemda admin', () => {
    const shown = paths(['organization.read', 'organization.manage', 'identity.user.manage', 'correspondence.letter.read']);
    expect(shown).toEqual(['/', '/e-office', '/e-sakip', '/sakip-desa', '/organisasi', '/admin']);
  });

  it('shows Naskah to anyone who may sign or create documents, and not to a village operator', () => {
    expect(paths(['organization.read', 'documents.sign'])).toContain('/naskah');
    expect(paths(['organization.read', 'documents.create'])).toContain('/naskah');
    expect(paths(['organization.read', 'villages.report.submit'])).not.toContain('/naskah');
  });

  it('shows e-Office to anyone who may read letters, and not to a village operator', () => {
    expect(paths(['organization.read', 'correspondence.letter.read'])).toContain('/e-office');
    expect(paths(['organization.read', 'villages.report.submit'])).not.toContain('/e-office');
  });
});
