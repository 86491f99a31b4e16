import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { IdmSimulationView } from '../villages.api.ts';
import { SimulationExplanation } from './SimulationExplanation.tsx';

const mount = mountPoint();
const BERKEMBANG = { code: 'berkembang', label: 'Berkembang', alias: 'Madya', upTo: '0.7072' };
const MAJU = { code: 'maju', label: 'Maju', alias: 'Pra-Sembada', upTo: '0.8155' };
const MANDIRI = { code: 'mandiri', label: 'Mandiri', alias: 'Sembada', upTo: null };

const text = () => mount.container.textContent ?? '';
const steps = () => [...mount.container.querySelectorAll('li')].map((li) => li.textContent);

describe('SimulationExplanation', () => {
  it('explains in Indonesian which indicator scores to raise to reach the next status', async () => {
    const simulation: IdmSimulationView = {
      current: BERKEMBANG,
      idm: '0.6419',
      plan: {
        reached: MAJU,
        points: 3,
        idm: '0.7086',
        improvements: [
          { code: 'IKL.02', index: 'IKL', dimension: 'Rawan bencana', name: 'Kejadian bencana alam', from: 3, to: 5 },
          { code: 'IKL.03', index: 'IKL', dimension: 'Tanggap bencana', name: 'Upaya mitigasi', from: 3, to: 4 },
        ],
      },
    };
    await renderWithProviders(mount, <SimulationExplanation simulation={simulation} />);
    expect(text()).toContain('Saat ini IDM desa 0.6419, berstatus Berkembang.');
    expect(text()).toContain('Untuk naik menjadi Maju, cukup menambah 3 poin skor pada 2 indikator berikut:');
    expect(steps()).toEqual([
      'Kejadian bencana alam (Rawan bencana, Indeks Ketahanan Lingkungan): naikkan skor dari 3 menjadi 5.',
      'Upaya mitigasi (Tanggap bencana, Indeks Ketahanan Lingkungan): naikkan skor dari 3 menjadi 4.',
    ]);
    expect(text()).toContain('Dengan perubahan ini IDM menjadi 0.7086 dan status desa menjadi Maju.');
  });

  it('says there is nothing to reach for a Mandiri desa', async () => {
    await renderWithProviders(mount, <SimulationExplanation simulation={{ current: MANDIRI, idm: '0.8500', plan: null }} />);
    expect(text()).toContain('sudah berstatus Mandiri, status tertinggi');
    expect(steps()).toEqual([]);
  });

  it('says so when no score change can lift the desa (a lower status without a plan)', async () => {
    await renderWithProviders(mount, <SimulationExplanation simulation={{ current: MAJU, idm: '0.8000', plan: null }} />);
    expect(text()).toContain('Walaupun semua skor dinaikkan menjadi 5');
  });
});
