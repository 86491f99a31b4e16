import { describe, expect, it } from 'vitest';
import {
  findRegency,
  loadRegencyAreas,
  normalizeRegencyCode,
  toTitleCaseName,
  villageKindOf,
  WILAYAH_ATTRIBUTION,
} from './wilayah.ts';
import { parseCsvObjects, parseCsvRecords } from './wilayah-csv.ts';

describe('parseCsvRecords', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'code,name\r\n1,"Kota, ""Lama""\nBaru"\n2,Biasa\n';
    expect([...parseCsvRecords(text)]).toEqual([
      ['code', 'name'],
      ['1', 'Kota, "Lama"\nBaru'],
      ['2', 'Biasa'],
    ]);
  });

  it('keeps a stray quote inside an unquoted field and skips blank lines', () => {
    expect([...parseCsvRecords('a,Soka"an\n\nb,\n')]).toEqual([
      ['a', 'Soka"an'],
      ['b', ''],
    ]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => [...parseCsvRecords('a,"open\n')]).toThrow(SyntaxError);
  });

  it('maps records to objects by header name', () => {
    expect([...parseCsvObjects('code,name\n33,"JAWA TENGAH"\n')]).toEqual([{ code: '33', name: 'JAWA TENGAH' }]);
  });
});

describe('normalizeRegencyCode', () => {
  it('accepts dotted and undotted codes', () => {
    expect(normalizeRegencyCode('33.13')).toBe('33.13');
    expect(normalizeRegencyCode('3313')).toBe('33.13');
    expect(normalizeRegencyCode(' 33.72 ')).toBe('33.72');
  });

  it('refuses anything that is not a kabupaten/kota code', () => {
    for (const input of ['33', '33.1', '33.13.06', 'ab.cd', '', '331']) expect(normalizeRegencyCode(input)).toBeUndefined();
  });
});

describe('toTitleCaseName', () => {
  it('title-cases official upper-case names and keeps acronyms', () => {
    expect(toTitleCaseName('KABUPATEN KARANGANYAR')).toBe('Kabupaten Karanganyar');
    expect(toTitleCaseName('KOTA ADM. JAKARTA SELATAN')).toBe('Kota Adm. Jakarta Selatan');
    expect(toTitleCaseName('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(toTitleCaseName('DI YOGYAKARTA')).toBe('DI Yogyakarta');
    expect(toTitleCaseName('JAWA TENGAH')).toBe('Jawa Tengah');
    expect(toTitleCaseName('KEPULAUAN BANGKA BELITUNG')).toBe('Kepulauan Bangka Belitung');
  });
});

describe('villageKindOf', () => {
  it('applies the Kemendagri numbering rule', () => {
    expect(villageKindOf('33.13.06.1004')).toBe('kelurahan');
    expect(villageKindOf('33.13.06.2001')).toBe('desa');
  });
});

describe('findRegency', () => {
  it('finds a kabupaten with its province in title case, by either code form', async () => {
    const expected = {
      code: '33.13',
      name: 'Kabupaten Karanganyar',
      kind: 'kabupaten',
      provinceCode: '33',
      provinceName: 'Jawa Tengah',
    };
    expect(await findRegency('33.13')).toEqual(expected);
    expect(await findRegency('3313')).toEqual(expected);
  });

  it('recognises a kota', async () => {
    expect(await findRegency('33.72')).toMatchObject({ name: 'Kota Surakarta', kind: 'kota' });
  });

  it('keeps the DKI acronym in the province name', async () => {
    expect(await findRegency('31.74')).toMatchObject({ kind: 'kota', provinceName: 'DKI Jakarta' });
  });

  it('returns undefined for unknown or malformed codes', async () => {
    expect(await findRegency('99.99')).toBeUndefined();
    expect(await findRegency('karanganyar')).toBeUndefined();
  });
});

describe('loadRegencyAreas', () => {
  it('loads the 17 kecamatan and 177 desa/kelurahan of Karanganyar', async () => {
    const { districts, villages } = await loadRegencyAreas('3313');
    expect(districts).toHaveLength(17);
    expect(districts).toContainEqual({ code: '33.13.06', name: 'Tawangmangu' });
    expect(villages).toHaveLength(177);
    const kelurahan = villages.filter((village) => village.kind === 'kelurahan').length;
    const desa = villages.filter((village) => village.kind === 'desa').length;
    expect(kelurahan).toBe(15);
    expect(desa).toBe(162);
    expect(kelurahan + desa).toBe(177);
    const districtCodes = new Set(districts.map((district) => district.code));
    expect(villages.every((village) => districtCodes.has(village.districtCode))).toBe(true);
  });

  it('marks kelurahan and desa by their code', async () => {
    const { villages } = await loadRegencyAreas('33.13');
    expect(villages.find((village) => village.code === '33.13.06.1004')).toEqual({
      code: '33.13.06.1004',
      name: 'Tawangmangu',
      districtCode: '33.13.06',
      kind: 'kelurahan',
    });
    expect(villages.find((village) => village.code === '33.13.06.2001')).toMatchObject({ name: 'Gondosuli', kind: 'desa' });
  });

  it('gives empty lists for an unknown code and throws for a malformed one', async () => {
    expect(await loadRegencyAreas('99.99')).toEqual({ districts: [], villages: [] });
    await expect(loadRegencyAreas('33-13')).rejects.toThrow(RangeError);
  });
});

describe('WILAYAH_ATTRIBUTION', () => {
  it('names the source, the licence and the link', () => {
    expect(WILAYAH_ATTRIBUTION).toContain('idn-area-data');
    expect(WILAYAH_ATTRIBUTION).toContain('ODbL');
    expect(WILAYAH_ATTRIBUTION).toContain('https://github.com/fityannugroho/idn-area-data');
  });
});
