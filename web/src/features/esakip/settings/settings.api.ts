import type {
  MeasurementSettingsInput,
  MeasurementSettingsView,
  SaveMeasurementSettingsView,
} from '../../../../../src/modules/performance/measurement-settings.contract.ts';
import { api } from '../../../app/api.ts';

export type { MeasurementSettingsInput, MeasurementSettingsView, SaveMeasurementSettingsView };
/** One row of the band table as edited. */
export type BandRow = MeasurementSettingsInput['bands'][number];

/** Query key of the measurement settings. */
export const settingsKey = ['esakip', 'measurement-settings'] as const;

/** The tenant's measurement settings (defaults until saved) and whether the reader may change them. */
export const fetchMeasurementSettings = () => api<MeasurementSettingsView>('/api/performance/settings');

/** Saves the settings; the server recomputes the stored capaian of this year and the last and says how many changed. */
export const saveMeasurementSettings = (input: MeasurementSettingsInput) =>
  api<SaveMeasurementSettingsView>('/api/performance/settings', { method: 'PUT', body: input });
