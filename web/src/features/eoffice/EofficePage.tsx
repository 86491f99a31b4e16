import { Button, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { InboxList } from './InboxList.tsx';
import { MyDispositions } from './MyDispositions.tsx';
import { OutgoingQueueList } from './OutgoingQueueList.tsx';
import { QueueChips } from './QueueChips.tsx';
import { RegisterLetterForm } from './RegisterLetterForm.tsx';
import { LetterSearch } from './search/LetterSearch.tsx';

type EofficeTab = 'masuk' | 'disposisi' | 'verifikasi' | 'tandatangan' | 'konsep' | 'catat' | 'cari';

function AdminLinks() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const regulation = hasPermission(session, 'regulation.manage');
  const numbering = hasPermission(session, 'numbering.manage');
  const drafting = hasPermission(session, 'correspondence.letter.draft');
  if (!regulation && !numbering && !drafting) return null;
  return (
    <Group gap="xs">
      {drafting ? (
        <Button component={Link} to="/e-office/konsep/baru">
          {t('outgoing.create')}
        </Button>
      ) : null}
      {hasPermission(session, 'correspondence.stats.read') ? (
        <Button component={Link} to="/e-office/statistik" variant="default">
          {t('eofficeStats.link')}
        </Button>
      ) : null}
      {regulation ? (
        <Button component={Link} to="/admin/regulasi" variant="default">
          {t('regulationAdmin.title')}
        </Button>
      ) : null}
      {numbering ? (
        <Button component={Link} to="/admin/penomoran" variant="default">
          {t('numberingAdmin.title')}
        </Button>
      ) : null}
    </Group>
  );
}

/** `/e-office`: my inbox, my dispositions and (for the pencatat) registering incoming letters. */
export function EofficePage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const allowed: Record<EofficeTab, boolean> = {
    masuk: hasPermission(session, 'correspondence.letter.read'),
    disposisi: hasPermission(session, 'correspondence.disposition.act'),
    verifikasi: hasPermission(session, 'correspondence.disposition.act'),
    tandatangan: hasPermission(session, 'correspondence.letter.read'),
    konsep: hasPermission(session, 'correspondence.letter.draft'),
    catat: hasPermission(session, 'correspondence.letter.register'),
    cari: hasPermission(session, 'correspondence.letter.read'),
  };
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = requested && Object.hasOwn(allowed, requested) && allowed[requested as EofficeTab] ? requested : 'masuk';
  return (
    <>
      <PageHeader title={t('eoffice.title')} description={t('eoffice.description')} actions={<AdminLinks />} />
      <QueueChips />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'masuk' }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="masuk">{t('eoffice.tabs.inbox')}</Tabs.Tab>
          {allowed.disposisi ? <Tabs.Tab value="disposisi">{t('eoffice.tabs.mine')}</Tabs.Tab> : null}
          {allowed.verifikasi ? <Tabs.Tab value="verifikasi">{t('queues.tabs.verify')}</Tabs.Tab> : null}
          {allowed.tandatangan ? <Tabs.Tab value="tandatangan">{t('queues.tabs.sign')}</Tabs.Tab> : null}
          {allowed.konsep ? <Tabs.Tab value="konsep">{t('outgoing.tab')}</Tabs.Tab> : null}
          {allowed.catat ? <Tabs.Tab value="catat">{t('eoffice.tabs.register')}</Tabs.Tab> : null}
          {allowed.cari ? <Tabs.Tab value="cari">{t('letterSearch.tab')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="masuk">
          <InboxList />
        </Tabs.Panel>
        {allowed.disposisi ? (
          <Tabs.Panel value="disposisi">
            <MyDispositions />
          </Tabs.Panel>
        ) : null}
        {allowed.verifikasi ? (
          <Tabs.Panel value="verifikasi">
            <OutgoingQueueList kind="verify" />
          </Tabs.Panel>
        ) : null}
        {allowed.tandatangan ? (
          <Tabs.Panel value="tandatangan">
            <OutgoingQueueList kind="sign" />
          </Tabs.Panel>
        ) : null}
        {allowed.konsep ? (
          <Tabs.Panel value="konsep">
            <OutgoingQueueList kind="mine" />
          </Tabs.Panel>
        ) : null}
        {allowed.catat ? (
          <Tabs.Panel value="catat">
            <RegisterLetterForm />
          </Tabs.Panel>
        ) : null}
        {allowed.cari ? (
          <Tabs.Panel value="cari">
            <LetterSearch />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
