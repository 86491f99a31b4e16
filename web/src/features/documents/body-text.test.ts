import { describe, expect, it } from 'vitest';
import { listMarkerOf, nonEmptyLines, parseBodyText } from './body-text.ts';

describe('parseBodyText', () => {
  it('makes one paragraph per blank-line separated chunk, joining wrapped lines', () => {
    const blocks = parseBodyText('Dengan hormat,\nkami sampaikan\n\n\nTerima kasih.');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Dengan hormat, kami sampaikan' },
      { kind: 'paragraph', text: 'Terima kasih.' },
    ]);
  });

  it('treats a line of spaces as a blank line and ignores leading and trailing blank lines', () => {
    expect(parseBodyText('\n\nSatu\n   \nDua\n\n')).toEqual([
      { kind: 'paragraph', text: 'Satu' },
      { kind: 'paragraph', text: 'Dua' },
    ]);
  });

  it('turns "1.", "a." and "-" lines into numbered, lettered and bullet lists without their markers', () => {
    const numbered = parseBodyText('1. rapat\n2) laporan');
    const lettered = parseBodyText('a. pagi\nb. siang');
    const bullet = parseBodyText('- teh\n• kopi');
    expect(numbered).toEqual([{ kind: 'list', style: 'numbered', items: [{ text: 'rapat' }, { text: 'laporan' }] }]);
    expect(lettered).toEqual([{ kind: 'list', style: 'lettered', items: [{ text: 'pagi' }, { text: 'siang' }] }]);
    expect(bullet).toEqual([{ kind: 'list', style: 'bullet', items: [{ text: 'teh' }, { text: 'kopi' }] }]);
  });

  it('splits a paragraph followed by a list in the same chunk into two blocks', () => {
    expect(parseBodyText('Acara sebagai berikut:\n1. pembukaan\n2. penutup')).toEqual([
      { kind: 'paragraph', text: 'Acara sebagai berikut:' },
      { kind: 'list', style: 'numbered', items: [{ text: 'pembukaan' }, { text: 'penutup' }] },
    ]);
  });

  it('nests indented marker lines as sub-items and continues items with plain lines', () => {
    const text = '1. data diisi oleh\n   operator desa;\n   a. penyedia layanan;\n\tb. jenis perangkat;\n2. hasil';
    expect(parseBodyText(text)).toEqual([
      {
        kind: 'list',
        style: 'numbered',
        items: [
          { text: 'data diisi oleh operator desa;', children: ['penyedia layanan;', 'jenis perangkat;'] },
          { text: 'hasil' },
        ],
      },
    ]);
  });

  it('starts a new list when the marker style changes at the top level', () => {
    const blocks = parseBodyText('1. satu\n- catatan');
    expect(blocks.map((b) => (b.kind === 'list' ? b.style : b.kind))).toEqual(['numbered', 'bullet']);
  });

  it('keeps words that merely start with a letter and a dot as text ("Yth.", "S.Kom.")', () => {
    expect(listMarkerOf('Yth. Bapak Camat')).toBeNull();
    expect(listMarkerOf('S.Kom. lulusan')).toBeNull();
    expect(parseBodyText('-tanpa spasi')).toEqual([{ kind: 'paragraph', text: '-tanpa spasi' }]);
  });

  it('returns no blocks for empty text', () => {
    expect(parseBodyText('  \n \n')).toEqual([]);
  });
});

describe('nonEmptyLines', () => {
  it('trims lines and drops empty ones', () => {
    expect(nonEmptyLines(' Bupati \r\n\n  Sekretaris Daerah\n ')).toEqual(['Bupati', 'Sekretaris Daerah']);
  });
});
