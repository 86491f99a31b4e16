/** A predikat table for the template editor's tests. */
import type { PredikatBandView } from '../evaluation.api.ts';

/** Two bands, enough for a form round trip. */
export const BANDS_FOR_TEST: PredikatBandView[] = [
  { code: 'A', label: 'Memuaskan', lo: '80', hi: '90', interpretation: 'Sangat baik' },
  { code: 'B', label: 'Baik', lo: '70', hi: '80', interpretation: '' },
];
