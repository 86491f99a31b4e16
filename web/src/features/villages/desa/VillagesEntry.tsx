import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../../../app/session.tsx';
import { hasPermission } from '../../../app/session-types.ts';

/**
 * `/sakip-desa` for a desa operator (reports for a desa, reads nothing of the regency) opens their desa report
 * directly, so a phone never downloads the IDM page and its chart library; `?tab=idm` still shows the IDM.
 */
export function VillagesEntry({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [params] = useSearchParams();
  const operatorOnly = hasPermission(session, 'villages.report.submit') && !hasPermission(session, 'performance.plan.read');
  if (operatorOnly && params.get('tab') !== 'idm') return <Navigate to="/sakip-desa/laporan" replace />;
  return children;
}
