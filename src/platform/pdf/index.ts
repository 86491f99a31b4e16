/** Public API of the naskah dinas PDF renderer. */
export { formatIndonesianDate, formatPlaceDate } from './indonesian-date.ts';
export type {
  BodyBlock,
  FieldRow,
  Kop,
  KorespondensiVariant,
  LayoutFamily,
  ListItem,
  NaskahContent,
  PdfRect,
  RenderedNaskah,
  SignatureSlot,
  SignerBlock,
  SigningCapacity,
} from './naskah-model.ts';
export { NaskahLayoutError, renderNaskah } from './render-naskah.ts';
export {
  sampleBeritaAcara,
  sampleKeputusan,
  sampleKop,
  sampleLambangPng,
  sampleLongLetter,
  sampleNaskahByLayout,
  sampleNotaDinas,
  samplePengumuman,
  sampleSuratDinas,
  sampleSuratTugas,
  sampleUndangan,
} from './sample-naskah.ts';
export { SignerBlockError } from './signature-lines.ts';
