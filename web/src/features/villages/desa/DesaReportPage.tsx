import { Alert, Anchor, Container, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRequiredSession } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { type AccountabilityView, desaKeys, fetchAccountability, QUARTERS, type Quarter } from './desa.api.ts';
import { draftFromBody, emptyDraft } from './entry-model.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import type { Outbox } from './outbox.ts';
import { type OutboxItem, sameSlot } from './outbox-core.ts';
import { PendingPanel } from './PendingPanel.tsx';
import { type EntrySave, QuarterEntryForm } from './QuarterEntryForm.tsx';
import { rememberDesa, useDesaChoice } from './use-desa-choice.ts';
import { useDesaOutbox, useOnline, useOutboxItems } from './use-outbox.ts';

const newId = () => crypto.randomUUID();

/** The pending entry of a desa-year-indicator-quarter, if any. */
function localEntry(items: readonly OutboxItem[], regionId: string, year: number, indicatorId: string, quarter: Quarter) {
  const slot = { regionId, year, indicatorId, quarter, value: '0', submit: false };
  return items.find((i) => i.state !== 'sent' && sameSlot(i.body, slot));
}

/** Parses `?isi=<indicatorId>~Q2`. */
function openSlot(param: string | null): { indicatorId: string; quarter: Quarter } | null {
  const [indicatorId, quarter] = (param ?? '').split('~');
  return indicatorId && QUARTERS.includes(quarter as Quarter) ? { indicatorId, quarter: quarter as Quarter } : null;
}

function queuedItem(save: EntrySave, userId: string, label: OutboxItem['label']): OutboxItem {
  const now = Date.now();
  return {
    ...{ clientId: newId(), userId, body: save.body, photos: save.photos, label },
    ...{ state: 'waiting', attempts: 0, nextAttemptAt: null, lastError: null, fieldErrors: [], createdAt: now, updatedAt: now },
  };
}

function EntryScreen(props: {
  view: AccountabilityView;
  slot: { indicatorId: string; quarter: Quarter };
  outbox: Outbox;
  items: readonly OutboxItem[];
  onDone: (saved: boolean) => void;
}) {
  const { view, slot, outbox } = props;
  const session = useRequiredSession();
  const indicator = view.indicators.find((i) => i.id === slot.indicatorId);
  if (!indicator) return null;
  const server = indicator.quarters.find((q) => q.quarter === slot.quarter)?.realization ?? null;
  const local = localEntry(props.items, view.desa.id, view.year, indicator.id, slot.quarter);
  const initial = local ? draftFromBody(local.body) : emptyDraft(server?.value ?? '', server?.note ?? '');
  const onSave = async (save: EntrySave) => {
    const label = { desaName: view.desa.name, indicatorCode: indicator.code, indicatorName: indicator.name };
    const queued = await outbox.enqueue(queuedItem(save, session.user.id, label));
    if (!queued) return false;
    void navigator.storage?.persist?.().catch(() => false);
    props.onDone(true);
    void outbox.flush(true);
    return true;
  };
  return (
    <QuarterEntryForm
      indicator={indicator}
      quarter={slot.quarter}
      slot={{
        regionId: view.desa.id,
        year: view.year,
        indicatorId: indicator.id,
        quarter: slot.quarter,
        evidenceKind: indicator.evidenceKind,
      }}
      initial={initial}
      returnNote={server?.status === 'returned' ? server.returnNote : null}
      newId={newId}
      onSave={onSave}
      onCancel={() => props.onDone(false)}
    />
  );
}

/** Year and desa pickers (the desa picker only when the user may see several). */
function Filters(props: {
  year: number;
  desaId: string;
  options: { id: string; name: string }[];
  onChange: (year: number, desaId: string) => void;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <Group grow align="flex-end">
      <NativeSelect
        size="md"
        label={t('villagesDesa.year')}
        data={[String(thisYear), String(thisYear - 1)]}
        value={String(props.year)}
        onChange={(e) => props.onChange(Number(e.currentTarget.value), props.desaId)}
      />
      {props.options.length > 1 ? (
        <NativeSelect
          size="md"
          label={t('villagesDesa.desa')}
          data={props.options.map((d) => ({ value: d.id, label: d.name }))}
          value={props.desaId}
          onChange={(e) => props.onChange(props.year, e.currentTarget.value)}
        />
      ) : null}
    </Group>
  );
}

/**
 * `/sakip-desa/laporan`: the desa's Sakip Desa indicators for the year on a phone — quarter status and capaian,
 * the quarter entry form, and the entries still waiting on the device. Works offline once opened online.
 */
export function DesaReportPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const online = useOnline();
  const outbox = useDesaOutbox();
  const items = useOutboxItems(outbox);
  const [params, setParams] = useSearchParams();
  const [saved, setSaved] = useState(false);
  const year = Number(params.get('tahun')) || new Date().getFullYear();
  const choice = useDesaChoice(year, params.get('desa'));
  const desa = choice.current;
  const view = useQuery({
    queryKey: desaKeys.accountability(desa?.id ?? '', year),
    queryFn: () => fetchAccountability(desa!.id, year),
    enabled: desa !== null,
    networkMode: 'offlineFirst',
  });
  useEffect(() => {
    if (desa) rememberDesa(desa);
  }, [desa]);
  const slot = openSlot(params.get('isi'));
  const go = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) v === null ? merged.delete(k) : merged.set(k, v);
    setParams(merged, { replace: false });
  };
  const editFromQueue = (item: OutboxItem) =>
    go({ isi: `${item.body.indicatorId}~${item.body.quarter}`, tahun: String(item.body.year), desa: item.body.regionId });
  return (
    <Container size="xs" px={0}>
      <PageHeader
        title={t('villagesDesa.title')}
        description={
          desa
            ? t('villagesDesa.desaLine', { name: desa.name, kecamatan: desa.kecamatanName ?? '—' })
            : t('villagesDesa.description')
        }
      />
      <Stack gap="md">
        {!online ? (
          <Alert color="gray" role="status" title={t('villagesDesa.offlineTitle')}>
            {t('villagesDesa.offlineBody')}
          </Alert>
        ) : null}
        {saved ? (
          <Alert
            color="green"
            role="status"
            withCloseButton
            onClose={() => setSaved(false)}
            closeButtonLabel={t('common.close', { defaultValue: 'Tutup' })}
          >
            {t('villagesDesa.savedOnDevice')}
          </Alert>
        ) : null}
        <PendingPanel
          items={items}
          userId={session.user.id}
          online={online}
          onSendNow={() => void outbox?.flush(true)}
          onDiscard={(id) => void outbox?.discard(id)}
          onResendAsNew={(id) => void outbox?.resendAsNew(id)}
          onEdit={editFromQueue}
        />
        {slot && view.data && outbox ? (
          <EntryScreen
            view={view.data}
            slot={slot}
            outbox={outbox}
            items={items}
            onDone={(ok) => {
              setSaved(ok);
              go({ isi: null });
            }}
          />
        ) : (
          <>
            <Filters
              year={year}
              desaId={desa?.id ?? ''}
              options={choice.options}
              onChange={(y, d) => go({ tahun: String(y), desa: d })}
            />
            <ErrorAlert error={choice.error ?? (view.data ? null : view.error)} />
            {choice.loading || (desa && view.isPending && view.fetchStatus !== 'idle') ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : null}
            {!choice.loading && !desa && !choice.error ? <Text c="dimmed">{t('villagesDesa.noDesa')}</Text> : null}
            {view.data?.indicators.length === 0 ? <Text c="dimmed">{t('villagesDesa.noIndicators')}</Text> : null}
            {view.data?.indicators.map((indicator) => (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                view={view.data}
                localOf={(id, q) => localEntry(items, view.data.desa.id, view.data.year, id, q)}
                onOpen={(q) => {
                  setSaved(false);
                  go({ isi: `${indicator.id}~${q}` });
                }}
              />
            ))}
            <Anchor component={Link} to="/sakip-desa?tab=idm" size="sm">
              {t('villagesDesa.idmLink')}
            </Anchor>
          </>
        )}
      </Stack>
    </Container>
  );
}
