/** Which desa the report screens show: the URL's, else the last one used on this phone, else the user's first. */
import { useQuery } from '@tanstack/react-query';
import { type DesaChoice, desaKeys, fetchMyDesa } from './desa.api.ts';

const STORAGE_KEY = 'pamong.desa.last';

/** The desa remembered on this phone, so the screens open offline without the desa list. */
export function rememberedDesa(): DesaChoice | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as DesaChoice | null;
    return value && typeof value.id === 'string' && typeof value.name === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the desa last shown. */
export function rememberDesa(desa: DesaChoice): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(desa));
  } catch {
    // Private mode: the list is asked again next time.
  }
}

/** The desa the user may report for, and the one to show. */
export interface DesaChoiceState {
  options: DesaChoice[];
  current: DesaChoice | null;
  loading: boolean;
  error: unknown;
}

/** Picks the desa to show; without a connection the remembered desa is used. */
export function useDesaChoice(year: number, requestedId: string | null): DesaChoiceState {
  const list = useQuery({
    queryKey: desaKeys.mine(year),
    queryFn: () => fetchMyDesa(year),
    networkMode: 'offlineFirst',
    staleTime: 60 * 60_000,
  });
  const remembered = rememberedDesa();
  const options = list.data ?? (remembered ? [remembered] : []);
  const current = options.find((d) => d.id === requestedId) ?? options.find((d) => d.id === remembered?.id) ?? options[0] ?? null;
  return { options, current, loading: list.isPending && !remembered, error: list.data || remembered ? null : list.error };
}
