import { describe, expect, it } from 'vitest';
import type { SignerBlock } from './naskah-model.ts';
import { capacityLines, SignerBlockError, signatureText, signerColumnBox, signerPositions } from './signature-lines.ts';

const base: SignerBlock = {
  capacity: 'definitif',
  jabatan: 'Kepala Dinas Komunikasi dan Informatika',
  name: 'Drs. Bambang Setiawan Nugroho, M.Si.',
  pangkat: 'Pembina Utama Muda (IV/c)',
  nip: '197305121998031004',
};

describe('capacityLines', () => {
  it('ends a definitive jabatan with a comma', () => {
    expect(capacityLines(base)).toEqual(['Kepala Dinas Komunikasi dan Informatika,']);
  });

  it('writes a.n. with the jabatan signed for, then the signer’s own jabatan', () => {
    const lines = capacityLines({ ...base, capacity: 'an', onBehalfOf: 'BUPATI KARANGANYAR', jabatan: 'Sekretaris Daerah' });
    expect(lines).toEqual(['a.n. BUPATI KARANGANYAR', 'Sekretaris Daerah,']);
  });

  it('writes u.b. as a.n. / via, / u.b. / jabatan,', () => {
    const lines = capacityLines({
      ...base,
      capacity: 'ub',
      onBehalfOf: 'BUPATI KARANGANYAR',
      via: 'Sekretaris Daerah',
      jabatan: 'Kepala Bagian Umum',
    });
    expect(lines).toEqual(['a.n. BUPATI KARANGANYAR', 'Sekretaris Daerah,', 'u.b.', 'Kepala Bagian Umum,']);
  });

  it('prefixes acting officials with Plt., Plh. or Pj.', () => {
    expect(capacityLines({ ...base, capacity: 'plt' })).toEqual(['Plt. Kepala Dinas Komunikasi dan Informatika,']);
    expect(capacityLines({ ...base, capacity: 'plh' })).toEqual(['Plh. Kepala Dinas Komunikasi dan Informatika,']);
    expect(capacityLines({ ...base, capacity: 'pj', jabatan: 'BUPATI KARANGANYAR' })).toEqual(['Pj. BUPATI KARANGANYAR,']);
  });

  it('refuses a.n. without onBehalfOf and u.b. without via', () => {
    expect(() => capacityLines({ ...base, capacity: 'an' })).toThrow(SignerBlockError);
    expect(() => capacityLines({ ...base, capacity: 'ub', onBehalfOf: 'BUPATI KARANGANYAR' })).toThrow(SignerBlockError);
  });
});

describe('signatureText', () => {
  it('puts pangkat and then "NIP. …" below the name', () => {
    expect(signatureText(base)).toEqual({
      capacity: ['Kepala Dinas Komunikasi dan Informatika,'],
      name: 'Drs. Bambang Setiawan Nugroho, M.Si.',
      details: ['Pembina Utama Muda (IV/c)', 'NIP. 197305121998031004'],
    });
  });

  it('leaves out pangkat and NIP when the signer has none (e.g. a bupati)', () => {
    expect(signatureText({ ...base, pangkat: undefined, nip: undefined }).details).toEqual([]);
  });
});

describe('signerPositions', () => {
  it('puts a single signer alone at the right', () => {
    expect(signerPositions(1)).toEqual([{ row: 0, column: 'solo' }]);
  });

  it('sets two signers side by side on one row', () => {
    expect(signerPositions(2)).toEqual([
      { row: 0, column: 'left' },
      { row: 0, column: 'right' },
    ]);
  });

  it('fills rows of two and centres a lone last signer', () => {
    expect(signerPositions(3)).toEqual([
      { row: 0, column: 'left' },
      { row: 0, column: 'right' },
      { row: 1, column: 'center' },
    ]);
    expect(signerPositions(4).map((position) => position.row)).toEqual([0, 0, 1, 1]);
    expect(signerPositions(4)[3].column).toBe('right');
  });
});

describe('signerColumnBox', () => {
  const sizes = { gutter: 12, soloShare: 0.56 };

  it('keeps left and right halves apart by the gutter and inside the content width', () => {
    const left = signerColumnBox('left', 400, sizes);
    const right = signerColumnBox('right', 400, sizes);
    expect(left.x).toBe(0);
    expect(right.x - (left.x + left.width)).toBeCloseTo(12);
    expect(right.x + right.width).toBeCloseTo(400);
  });

  it('makes a lone block wider and ends it at the right margin, or centres it', () => {
    const solo = signerColumnBox('solo', 400, sizes);
    expect(solo.width).toBeCloseTo(224);
    expect(solo.x + solo.width).toBeCloseTo(400);
    const centre = signerColumnBox('center', 400, sizes);
    expect(centre.x).toBeCloseTo(400 - centre.x - centre.width);
  });
});
