import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { dateInWib, formatLongDate } from '../verification/verification-format.ts';
import { type Certificate, documentKeys, fetchCertificates, reissueCertificate, revokeCertificate } from './documents.api.ts';

/** Badge colour of a certificate status; expiring is orange so it stands out. */
const STATUS_COLOR: Record<Certificate['status'], string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  revoked: 'gray',
};

/** A long serial shortened for the table (the full one is in the title attribute). */
export const shortSerial = (serial: string) => (serial.length > 14 ? `${serial.slice(0, 8)}…${serial.slice(-4)}` : serial);

/** The newest certificate of each pegawai: only there does "issue a new one" make sense. */
function latestIds(items: Certificate[]): Set<string> {
  const latest = new Map<string, Certificate>();
  for (const item of items) {
    const known = latest.get(item.employeeId);
    if (!known || item.notBefore > known.notBefore) latest.set(item.employeeId, item);
  }
  return new Set([...latest.values()].map((item) => item.id));
}

/** The certificates query, shared by the page's expiry alert and the table. */
export const useCertificates = () => useQuery({ queryKey: documentKeys.certificates, queryFn: fetchCertificates });

function RevokeForm({ certificate, onDone }: { certificate: Certificate; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const revoke = useMutation({
    mutationFn: () => revokeCertificate(certificate.id, reason.trim()),
    onSuccess: () => {
      notifySuccess(t('kop.cert.revoked', { subject: certificate.subject }));
      void queryClient.invalidateQueries({ queryKey: documentKeys.certificates });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    revoke.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('kop.cert.revokeWarning', { subject: certificate.subject })}</Text>
        <Textarea
          label={t('kop.cert.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={fieldError(revoke.error, 'body.reason')}
          data-autofocus
        />
        <ErrorAlert error={fieldError(revoke.error, 'body.reason') ? null : revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={revoke.isPending} disabled={!reason.trim()}>
            {t('kop.cert.revoke')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function useColumns(onRevoke: (c: Certificate) => void, latest: Set<string>): Column<Certificate>[] {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reissue = useMutation({
    mutationFn: (c: Certificate) => reissueCertificate(c.employeeId),
    onSuccess: (_answer, c) => {
      notifySuccess(t('kop.cert.reissued', { subject: c.subject }));
      void queryClient.invalidateQueries({ queryKey: documentKeys.certificates });
    },
    onError: (error) => notifyError(error, t),
  });
  const locale = currentLocale();
  return [
    { key: 'subject', header: t('kop.cert.subject'), rowHeader: true, render: (c) => c.subject },
    {
      key: 'serial',
      header: t('kop.cert.serial'),
      render: (c) => (
        <Text span ff="monospace" size="sm" title={c.serial} style={{ whiteSpace: 'nowrap' }}>
          {shortSerial(c.serial)}
        </Text>
      ),
    },
    { key: 'until', header: t('kop.cert.validUntil'), render: (c) => formatLongDate(dateInWib(new Date(c.notAfter)), locale) },
    {
      key: 'days',
      header: t('kop.cert.daysLeft'),
      render: (c) => (c.status === 'revoked' || c.daysLeft < 0 ? '—' : t('kop.cert.days', { count: c.daysLeft })),
    },
    {
      key: 'status',
      header: t('kop.cert.status'),
      render: (c) => (
        <Stack gap={2}>
          <Badge
            color={STATUS_COLOR[c.status]}
            variant={c.status === 'expiring' ? 'filled' : 'light'}
            style={{ textTransform: 'none' }}
          >
            {t(`kop.cert.statusName.${c.status}`)}
          </Badge>
          {c.revokedReason ? (
            <Text size="xs" c="dimmed">
              {c.revokedReason}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (c) => (
        <Group gap="xs" wrap="nowrap">
          {c.status === 'valid' || c.status === 'expiring' ? (
            <Button size="compact-sm" variant="light" color="red" onClick={() => onRevoke(c)}>
              {t('kop.cert.revoke')}
            </Button>
          ) : null}
          {c.status !== 'valid' && latest.has(c.id) ? (
            <Button
              size="compact-sm"
              variant="default"
              loading={reissue.isPending && reissue.variables?.id === c.id}
              onClick={() => reissue.mutate(c)}
            >
              {t('kop.cert.reissue')}
            </Button>
          ) : null}
        </Group>
      ),
    },
  ];
}

/** Signer certificates: validity, days left, revoke with a reason, issue a new one when needed. */
export function CertificatesPanel() {
  const { t } = useTranslation();
  const query = useCertificates();
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const columns = useColumns(setRevoking, latestIds(query.data?.items ?? []));
  const authority = query.data?.authority;
  return (
    <Stack>
      {authority ? (
        <Text size="sm" c="dimmed">
          {t('kop.cert.authority', {
            subject: authority.subject,
            until: formatLongDate(dateInWib(new Date(authority.notAfter)), currentLocale()),
          })}
        </Text>
      ) : null}
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <SimpleTable
          caption={t('kop.cert.caption')}
          columns={columns}
          rows={query.data.items}
          rowKey={(c) => c.id}
          emptyText={t('kop.cert.empty')}
          testId="certificates-table"
        />
      ) : null}
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('kop.cert.revokeTitle')}>
        {revoking ? <RevokeForm certificate={revoking} onDone={() => setRevoking(null)} /> : null}
      </Modal>
    </Stack>
  );
}
