/** Who the signed-in planner is for LKjIP: the coordinator (any OPD and the regency) or a planner of one OPD. */
import { useQuery } from '@tanstack/react-query';
import { fetchRealizationGrid, realizationKeys } from '../esakip/realizations/realizations.api.ts';

/** The planner's scope: `coordinator` and `ownUnitId` are null when unknown (the server still decides every change). */
export interface PlannerScope {
  coordinator: boolean | null;
  ownUnitId: string | null;
}

/**
 * Reads the scope from the realisasi grid of the user's own OPD (the same query the Realisasi tab uses, so it is
 * shared): it says whether the user coordinates and which OPD is theirs. Users who do not prepare reports skip it.
 */
export function usePlannerScope(year: number, enabled: boolean): PlannerScope {
  const grid = useQuery({
    queryKey: realizationKeys.grid('', year),
    queryFn: () => fetchRealizationGrid('', year),
    enabled,
    retry: false,
  });
  if (!grid.data) return { coordinator: null, ownUnitId: null };
  return { coordinator: grid.data.coordinator, ownUnitId: grid.data.unitId };
}
