import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/identity/LoginPage.tsx';
import { DesaOutboxStarter } from '../features/villages/desa/DesaOutboxStarter.tsx';
import { VillagesEntry } from '../features/villages/desa/VillagesEntry.tsx';
import { PageLoader, RequireAuth, RequirePermission } from './RequireAuth.tsx';

// Everything behind the login is split into route-level chunks so the login page stays light.
const Shell = lazy(() => import('./Shell.tsx').then((m) => ({ default: m.Shell })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const OrganizationPage = lazy(() =>
  import('../features/organization/OrganizationPage.tsx').then((m) => ({ default: m.OrganizationPage })),
);
const AdminPage = lazy(() => import('../features/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const PlatformPage = lazy(() => import('../features/platform/PlatformPage.tsx').then((m) => ({ default: m.PlatformPage })));
const AccountPage = lazy(() => import('../features/identity/AccountPage.tsx').then((m) => ({ default: m.AccountPage })));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage.tsx').then((m) => ({ default: m.DocumentsPage })));
const EofficePage = lazy(() => import('../features/eoffice/EofficePage.tsx').then((m) => ({ default: m.EofficePage })));
const LetterPage = lazy(() => import('../features/eoffice/LetterPage.tsx').then((m) => ({ default: m.LetterPage })));
const EofficeStatsPage = lazy(() =>
  import('../features/eoffice-stats/EofficeStatsPage.tsx').then((m) => ({ default: m.EofficeStatsPage })),
);
const DraftPage = lazy(() => import('../features/eoffice/outgoing/DraftPage.tsx').then((m) => ({ default: m.DraftPage })));
const RegulationPage = lazy(() =>
  import('../features/regulation/RegulationPage.tsx').then((m) => ({ default: m.RegulationPage })),
);
const NumberingPage = lazy(() => import('../features/numbering/NumberingPage.tsx').then((m) => ({ default: m.NumberingPage })));
const KopAdminPage = lazy(() => import('../features/documents/KopAdminPage.tsx').then((m) => ({ default: m.KopAdminPage })));
const CaseFilesPage = lazy(() => import('../features/records/CaseFilesPage.tsx').then((m) => ({ default: m.CaseFilesPage })));
// Public: reached from the QR on a signed naskah, often on a phone; its chunk imports none of the signed-in shell.
const VerificationPage = lazy(() =>
  import('../features/verification/VerificationPage.tsx').then((m) => ({ default: m.VerificationPage })),
);
const EsakipPage = lazy(() => import('../features/esakip/EsakipPage.tsx').then((m) => ({ default: m.EsakipPage })));
const LkjipEditorPage = lazy(() => import('../features/lkjip/LkjipEditorPage.tsx').then((m) => ({ default: m.LkjipEditorPage })));
const VillagesPage = lazy(() => import('../features/villages/VillagesPage.tsx').then((m) => ({ default: m.VillagesPage })));
// The desa operator's phone screen: its own small chunk, without the IDM page and its chart library.
const DesaReportPage = lazy(() =>
  import('../features/villages/desa/DesaReportPage.tsx').then((m) => ({ default: m.DesaReportPage })),
);
const VillageAgreementPage = lazy(() =>
  import('../features/villages/agreement/VillageAgreementPage.tsx').then((m) => ({ default: m.VillageAgreementPage })),
);
const VillagePlansPage = lazy(() =>
  import('../features/villages/plans/VillagePlansPage.tsx').then((m) => ({ default: m.VillagePlansPage })),
);
const EvaluationPage = lazy(() =>
  import('../features/evaluation/EvaluationPage.tsx').then((m) => ({ default: m.EvaluationPage })),
);
const EvaluationTemplatesPage = lazy(() =>
  import('../features/evaluation/templates/TemplatesPage.tsx').then((m) => ({ default: m.TemplatesPage })),
);
const EvaluationWorksheetPage = lazy(() =>
  import('../features/evaluation/worksheet/WorksheetPage.tsx').then((m) => ({ default: m.WorksheetPage })),
);
const NotFoundPage = lazy(() => import('../features/placeholders/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })));

/** All routes: the public login and verification pages, and the signed-in shell with its pages. */
export function AppRoutes() {
  const verification = (
    <Suspense fallback={<PageLoader />}>
      <VerificationPage />
    </Suspense>
  );
  return (
    <Routes>
      <Route path="/masuk" element={<LoginPage />} />
      <Route path="/verifikasi" element={verification} />
      <Route path="/verifikasi/:code" element={verification} />
      <Route
        element={
          <RequireAuth>
            <Suspense fallback={<PageLoader />}>
              <Shell />
            </Suspense>
            <DesaOutboxStarter />
          </RequireAuth>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route
          path="e-office"
          element={
            <RequirePermission anyOf={['correspondence.letter.read']}>
              <EofficePage />
            </RequirePermission>
          }
        />
        <Route
          path="e-office/konsep/:draftId"
          element={
            <RequirePermission anyOf={['correspondence.letter.read']}>
              <DraftPage />
            </RequirePermission>
          }
        />
        <Route
          path="e-office/surat/:letterId"
          element={
            <RequirePermission anyOf={['correspondence.letter.read']}>
              <LetterPage />
            </RequirePermission>
          }
        />
        <Route
          path="e-office/statistik"
          element={
            <RequirePermission anyOf={['correspondence.stats.read']}>
              <EofficeStatsPage />
            </RequirePermission>
          }
        />
        <Route
          path="e-sakip"
          element={
            <RequirePermission anyOf={['performance.plan.read']}>
              <EsakipPage />
            </RequirePermission>
          }
        />
        <Route
          path="e-sakip/lkjip/:reportId"
          element={
            <RequirePermission anyOf={['performance.plan.read']}>
              <LkjipEditorPage />
            </RequirePermission>
          }
        />
        <Route
          path="sakip-desa"
          element={
            <RequirePermission anyOf={['performance.plan.read', 'villages.report.submit']}>
              <VillagesEntry>
                <VillagesPage />
              </VillagesEntry>
            </RequirePermission>
          }
        />
        <Route
          path="sakip-desa/laporan"
          element={
            <RequirePermission anyOf={['villages.report.submit']}>
              <DesaReportPage />
            </RequirePermission>
          }
        />
        <Route
          path="sakip-desa/perencanaan"
          element={
            <RequirePermission anyOf={['villages.report.submit', 'performance.plan.read']}>
              <VillagePlansPage />
            </RequirePermission>
          }
        />
        <Route
          path="sakip-desa/pk"
          element={
            <RequirePermission anyOf={['villages.report.submit', 'performance.plan.read']}>
              <VillageAgreementPage />
            </RequirePermission>
          }
        />
        <Route
          path="evaluasi-sakip"
          element={
            <RequirePermission anyOf={['performance.plan.read']}>
              <EvaluationPage />
            </RequirePermission>
          }
        />
        <Route
          path="evaluasi-sakip/templat"
          element={
            <RequirePermission anyOf={['evaluation.assess']}>
              <EvaluationTemplatesPage />
            </RequirePermission>
          }
        />
        <Route
          path="evaluasi-sakip/:evaluationId"
          element={
            <RequirePermission anyOf={['performance.plan.read']}>
              <EvaluationWorksheetPage />
            </RequirePermission>
          }
        />
        <Route
          path="organisasi"
          element={
            <RequirePermission anyOf={['organization.read', 'organization.manage']}>
              <OrganizationPage />
            </RequirePermission>
          }
        />
        <Route
          path="naskah"
          element={
            <RequirePermission anyOf={['documents.sign', 'documents.create']}>
              <DocumentsPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/naskah"
          element={
            <RequirePermission anyOf={['documents.manage']}>
              <KopAdminPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/regulasi"
          element={
            <RequirePermission anyOf={['regulation.manage']}>
              <RegulationPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/penomoran"
          element={
            <RequirePermission anyOf={['numbering.manage']}>
              <NumberingPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin"
          element={
            <RequirePermission anyOf={['identity.user.manage', 'audit.read', 'jobs.read']}>
              <AdminPage />
            </RequirePermission>
          }
        />
        <Route
          path="platform"
          element={
            <RequirePermission anyOf={['platform.tenant.manage']}>
              <PlatformPage />
            </RequirePermission>
          }
        />
        <Route
          path="arsip/berkas"
          element={
            <RequirePermission anyOf={['correspondence.letter.read']}>
              <CaseFilesPage />
            </RequirePermission>
          }
        />
        <Route path="akun" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
