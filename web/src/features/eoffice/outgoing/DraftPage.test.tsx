import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { DraftPage } from './DraftPage.tsx';

const mount = mountPoint();
const KASI = 'p-kasi';
const KADIS = 'p-kadis';

function draftView(extra: Record<string, unknown> = {}) {
  return {
    id: 'd1',
    typeCode: 'SD',
    status: 'dalam_persetujuan',
    hal: 'Permohonan Data Satu Data',
    security: 'biasa',
    urgency: 'segera',
    kka: '000.1.5',
    version: 2,
    content: {
      title: 'SURAT DINAS',
      hal: 'Permohonan Data Satu Data',
      place: 'Karanganyar',
      body: [{ kind: 'paragraph', text: 'Isi.' }],
    },
    addressees: { positions: [], regencies: [{ tenant: '33.72', role: 'kepada' }], external: [] },
    signerPositionId: KADIS,
    parafChain: [KASI],
    steps: [
      {
        id: 's0',
        round: 1,
        order: 1,
        positionId: KASI,
        role: 'paraf',
        status: 'returned',
        note: 'Catatan lama',
        versionNo: 1,
        actedAt: '2026-11-20T01:00:00Z',
      },
      {
        id: 's1',
        round: 2,
        order: 1,
        positionId: KASI,
        role: 'paraf',
        status: 'pending',
        note: null,
        versionNo: null,
        actedAt: null,
      },
      {
        id: 's2',
        round: 2,
        order: 2,
        positionId: KADIS,
        role: 'penandatangan',
        status: 'pending',
        note: null,
        versionNo: null,
        actedAt: null,
      },
    ],
    number: null,
    letterDate: null,
    documentId: null,
    letterId: null,
    actions: ['approve', 'return'],
    dueStepId: 's1',
    ...extra,
  };
}

const units = {
  units: [
    {
      id: 'u1',
      parentId: null,
      code: 'DISKOMINFO',
      name: 'Diskominfo',
      kind: 'dinas',
      positions: [
        {
          id: KASI,
          code: 'KASI',
          name: 'Kepala Seksi TIK',
          echelon: null,
          isHead: true,
          holders: [{ employeeId: 'e1', name: 'Citra', nip: '1', kind: 'definitif' }],
        },
        { id: KADIS, code: 'KADIS', name: 'Kepala Dinas', echelon: null, isHead: true, holders: [] },
      ],
    },
  ],
};

async function renderDraft(view: Record<string, unknown>) {
  stubFetch(
    routeFetch([
      { match: '/api/letters/outgoing/d1', answer: () => json(200, view) },
      { match: '/api/org/units', answer: () => json(200, units) },
    ]),
  );
  await renderWithProviders(
    mount,
    <Routes>
      <Route path="/e-office/konsep/:draftId" element={<DraftPage />} />
    </Routes>,
    { route: '/e-office/konsep/d1' },
  );
  await settle(100);
  return mount.container;
}

describe('DraftPage', () => {
  it('shows the status, the current round with position names and only the actions the server allows', async () => {
    const page = await renderDraft(draftView());
    expect(page.querySelector('[data-testid="draft-status"]')?.textContent).toBe('Dalam persetujuan');
    const steps = page.querySelector('[data-testid="draft-steps"]')?.textContent ?? '';
    expect(steps).toContain('Putaran 2');
    expect(steps).toContain('Kepala Seksi TIK (Citra)');
    expect(steps).not.toContain('Catatan lama');
    const buttons = [...page.querySelectorAll('[data-testid="draft-actions"] button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Setujui (paraf) versi 2', 'Kembalikan']);
    expect(page.textContent).toContain('Pemda 33.72');
  });

  it('shows a final number and the link to the signed letter once delivered, with no actions', async () => {
    const page = await renderDraft(
      draftView({ status: 'terkirim', number: '000.1.5/7/SEKSI-TIK/2026', letterId: 'L1', actions: [], dueStepId: null }),
    );
    expect(page.querySelector('[data-testid="draft-number"]')?.textContent).toContain('000.1.5/7/SEKSI-TIK/2026 (final)');
    expect(page.querySelector('[data-testid="signed-letter-link"]')?.getAttribute('href')).toBe('/e-office/surat/L1');
    expect(page.querySelector('[data-testid="draft-actions"]')).toBeNull();
  });
});
