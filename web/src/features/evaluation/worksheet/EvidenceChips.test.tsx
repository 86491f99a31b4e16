/** Evidence lists under a criterion: a named list holding only its items, links to where evidence lives, removal. */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { EvidenceLink } from '../evaluation.api.ts';
import { EvidenceChips, UploadedEvidenceLinks } from './EvidenceChips.tsx';
import type { EvidenceFileView } from './evidence-files.api.ts';

const mount = mountPoint();
const agreement: EvidenceLink = { kind: 'agreement', id: '0190a0b0-0000-7000-8000-000000000001', label: 'PK Dinas 2026' };
const file: EvidenceLink = { kind: 'file', id: '0190a0b0-0000-7000-8000-000000000002', label: 'foto.pdf' };
const uploaded = (id: string, fileName: string): EvidenceFileView => ({
  ...{ id, evaluationId: 'e', criterionId: 'c1', fileName, contentType: 'application/pdf', size: 10, sha256: 'x' },
  ...{ side: 'unit', uploadedBy: null, uploaderName: null, uploadedAt: '2026-11-29T00:00:00Z' },
  downloadUrl: `/api/files/${id}`,
  mayRemove: false,
});

/** The list named `name`, and that every child of it is a list item (a label inside a <ul> is invalid HTML). */
function namedList(name: string): HTMLUListElement {
  const list = mount.container.querySelector<HTMLUListElement>(`ul[aria-label="${name}"]`);
  if (!list) throw new Error(`no list named ${name}`);
  expect([...list.children].map((child) => child.tagName)).toEqual([...list.children].map(() => 'LI'));
  return list;
}

describe('EvidenceChips', () => {
  it('lists each link as an item, linking to the page of its kind, with a remove button when editing', async () => {
    const onRemove = vi.fn();
    await renderWithProviders(mount, <EvidenceChips evidence={[agreement, file]} onRemove={onRemove} />, { route: '/' });
    const list = namedList('Bukti dukung');
    expect(list.children).toHaveLength(2);
    expect(list.querySelector('a')?.getAttribute('href')).toBe('/e-sakip?tab=pk');
    expect(list.textContent).toContain('Perjanjian Kinerja: PK Dinas 2026');
    const remove = mount.container.querySelector<HTMLButtonElement>('button[aria-label="Hapus bukti dukung foto.pdf"]');
    act(() => remove?.click());
    expect(onRemove).toHaveBeenCalledWith(file);
  });

  it('shows nothing without evidence, and no remove button when read only', async () => {
    await renderWithProviders(mount, <EvidenceChips evidence={[]} />, { route: '/' });
    expect(mount.container.querySelector('ul')).toBeNull();
    await renderWithProviders(mount, <EvidenceChips evidence={[agreement]} />, { route: '/' });
    expect(mount.container.querySelector('button')).toBeNull();
  });
});

describe('UploadedEvidenceLinks', () => {
  it('lists each uploaded file as a download link item', async () => {
    await renderWithProviders(mount, <UploadedEvidenceLinks files={[uploaded('f1', 'a.pdf'), uploaded('f2', 'b.pdf')]} />);
    const links = [...mount.container.querySelectorAll('ul li a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('download')])).toEqual([
      ['a.pdf', '/api/files/f1', 'a.pdf'],
      ['b.pdf', '/api/files/f2', 'b.pdf'],
    ]);
    const name = mount.container.querySelector('ul')?.getAttribute('aria-label') ?? '';
    expect(name).not.toBe('');
    namedList(name);
  });
});
