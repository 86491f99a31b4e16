import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../test-support/dom.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import type { DispositionView } from './eoffice.api.ts';
import { TrackingTree } from './TrackingTree.tsx';

const LETTER = '0190f000-0000-7000-8000-00000000a001';

function node(id: string, parentId: string | null, to: string, extra: Partial<DispositionView> = {}): DispositionView {
  return {
    id,
    letterId: LETTER,
    parentId,
    depth: 0,
    fromPosition: { id: `from-${id}`, name: 'Kepala Dinas Kominfo' },
    fromName: 'Budi Santoso',
    toPosition: { id: `to-${id}`, name: to },
    leading: false,
    instructions: [],
    note: null,
    deadline: null,
    status: 'terkirim',
    overdue: false,
    ageDays: 0,
    readAt: null,
    readByName: null,
    completedAt: null,
    completionNote: null,
    hasCompletionFile: false,
    rejectionReason: null,
    version: 1,
    createdAt: '2026-01-05T02:00:00Z',
    ...extra,
  };
}

const mount = mountPoint();

/** The text of a tree item without the texts of the items nested in it. */
function ownText(item: Element): string {
  return item.querySelector(':scope > div')?.textContent ?? '';
}

describe('TrackingTree', () => {
  it('nests forwarded dispositions under their parent, each with its status', async () => {
    const kabid = node('d1', null, 'Kepala Bidang Aplikasi', {
      status: 'diteruskan',
      leading: true,
      readAt: '2026-01-05T03:00:00Z',
    });
    const staf = node('d2', 'd1', 'Pranata Komputer', { depth: 1, status: 'ditindaklanjuti', completionNote: 'Sudah dipasang' });
    const sekretaris = node('d3', null, 'Sekretaris Dinas', { status: 'ditolak', rejectionReason: 'Bukan tugas kami' });
    await renderWithProviders(mount, <TrackingTree dispositions={[kabid, staf, sekretaris]} />);
    const tree = mount.container.querySelector('[data-testid="tracking-tree"] > ul')!;
    const roots = [...tree.querySelectorAll(':scope > li')];
    expect(roots).toHaveLength(2);
    expect(ownText(roots[0]!)).toContain('Kepala Bidang Aplikasi');
    expect(ownText(roots[1]!)).toContain('Sekretaris Dinas');
    const nested = roots[0]!.querySelectorAll(':scope > ul > li');
    expect(nested).toHaveLength(1);
    expect(ownText(nested[0]!)).toContain('Pranata Komputer');
    expect(ownText(nested[0]!)).toContain('Ditindaklanjuti');
    expect(ownText(nested[0]!)).toContain('Sudah dipasang');
    expect(ownText(roots[0]!)).toContain('Diteruskan');
    expect(ownText(roots[0]!)).toContain('Penanggung jawab');
    expect(ownText(roots[1]!)).toContain('Ditolak');
    expect(ownText(roots[1]!)).toContain('Bukan tugas kami');
    expect(roots[1]!.querySelector('ul')).toBeNull();
  });

  it('shows ageing, the read time, and an overdue deadline', async () => {
    const late = node('d1', null, 'Kepala Bidang Aplikasi', {
      ageDays: 9,
      deadline: '2026-01-07',
      overdue: true,
      readAt: '2026-01-05T03:00:00Z',
      readByName: 'Siti Aminah',
    });
    const fresh = node('d2', null, 'Sekretaris Dinas', { ageDays: 1 });
    await renderWithProviders(mount, <TrackingTree dispositions={[late, fresh]} />);
    const [first, second] = [...mount.container.querySelectorAll('[data-testid="tracking-node"]')];
    expect(ownText(first!)).toContain('Umur 9 hari');
    expect(ownText(first!)).toContain('7 Januari 2026');
    expect(ownText(first!)).toContain('Terlambat');
    expect(ownText(first!)).toContain('oleh Siti Aminah');
    expect(ownText(second!)).toContain('Umur 1 hari');
    expect(ownText(second!)).toContain('Belum dibaca');
    expect(ownText(second!)).not.toContain('Terlambat');
  });

  it('renders a note with markup as text, never as HTML', async () => {
    const note = '<img src=x onerror="alert(1)"><b>penting</b>';
    await renderWithProviders(mount, <TrackingTree dispositions={[node('d1', null, 'Sekretaris Dinas', { note })]} />);
    expect(mount.container.querySelector('img')).toBeNull();
    expect(mount.container.querySelector('b')).toBeNull();
    expect(mount.container.textContent).toContain(note);
  });

  it('says so when the letter has no disposition yet', async () => {
    await renderWithProviders(mount, <TrackingTree dispositions={[]} />);
    expect(mount.container.textContent).toContain('belum didisposisikan');
    expect(mount.container.querySelector('[data-testid="tracking-tree"]')).toBeNull();
  });
});
