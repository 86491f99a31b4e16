import { Anchor, Box, Button, Center, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { MfaRequiredView, SessionView } from '../../../../src/modules/identity/identity.contract.ts';
import { setCsrfToken } from '../../app/api.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useSession } from '../../app/session.tsx';
import { SkipLink } from '../../ui/SkipLink.tsx';
import { fetchOidcConfig, oidcStartUrl } from './identity.api.ts';
import { LoginForm } from './LoginForm.tsx';
import { TotpStep } from './TotpStep.tsx';

/** Only same-site paths are accepted as the page to return to after login. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function SsoButton({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const config = useQuery({
    queryKey: ['oidc-config', tenant],
    queryFn: () => fetchOidcConfig(tenant),
    enabled: Boolean(tenant),
  });
  if (!config.data?.enabled) return null;
  return (
    <>
      <Divider label={t('login.or')} labelPosition="center" />
      <Button component="a" href={oidcStartUrl(tenant)} variant="default">
        {config.data.label ? t('login.ssoWith', { label: config.data.label }) : t('login.sso')}
      </Button>
    </>
  );
}

/** `/masuk`: tenant + credentials, then TOTP when required; SSO when the tenant has it. */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, acceptSession } = useSession();
  const [params] = useSearchParams();
  const [tenant, setTenant] = useState('');
  const [stage, setStage] = useState<'credentials' | 'totp'>('credentials');

  useEffect(() => {
    document.title = `${t('login.title')} · Pamong`;
  }, [t]);

  if (session) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onMfa = (answer: MfaRequiredView) => {
    setCsrfToken(answer.csrfToken);
    setStage('totp');
  };
  const onSession = (next: SessionView) => acceptSession(next);

  return (
    <Box mih="100vh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink target="main-content" label={t('shell.skipToContent')} />
      <Group component="header" justify="space-between" p="md">
        <Text fw={800} fz="xl" c="teal.8">
          Pamong
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main-content" tabIndex={-1} style={{ flex: 1 }} px="md">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('login.subtitle')}
              </Text>
            </div>
            {stage === 'credentials' ? (
              <LoginForm tenant={tenant} onTenantChange={setTenant} onSession={onSession} onMfa={onMfa} />
            ) : (
              <TotpStep onSession={onSession} onBack={() => setStage('credentials')} />
            )}
            {stage === 'credentials' && tenant ? <SsoButton tenant={tenant} /> : null}
          </Stack>
        </Paper>
      </Center>
      <Box component="footer" p="md" ta="center">
        <Text size="xs" c="dimmed">
          {t('login.regionCredit')}{' '}
          <Anchor href="https://github.com/fityannugroho/idn-area-data" size="xs" target="_blank" rel="noreferrer">
            idn-area-data
          </Anchor>{' '}
          (ODbL)
        </Text>
      </Box>
    </Box>
  );
}
