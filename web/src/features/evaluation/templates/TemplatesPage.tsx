import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../app/notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { evaluationKeys, fetchTemplates, type TemplateView } from '../evaluation.api.ts';
import { TemplateForm } from './TemplateForm.tsx';
import { setTemplateStatus } from './templates.api.ts';

const STATUS_COLOR = { draft: 'gray', active: 'teal', retired: 'orange' } as const;

/** One template: name, version, status, and what an evaluator may do with it. */
function TemplateRow({
  template,
  onCopy,
  onStatus,
  busy,
}: {
  template: TemplateView;
  onCopy: () => void;
  onStatus: (s: 'active' | 'retired') => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const next = template.status === 'active' ? 'retired' : 'active';
  return (
    <Card withBorder padding="sm" component="li" data-template={`${template.code}@${template.version}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text fw={600}>
            {template.name}{' '}
            <Text span c="dimmed">
              {template.version}
            </Text>
          </Text>
          <Group gap={6}>
            <Badge color={STATUS_COLOR[template.status]} variant="light">
              {t(`evaluationTemplates.status.${template.status}`)}
            </Badge>
            {template.builtIn ? <Badge variant="outline">{t('evaluationTemplates.builtIn')}</Badge> : null}
            <Text span size="xs" c="dimmed">
              {template.code}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button variant="light" size="compact-sm" onClick={onCopy}>
            {t('evaluationTemplates.copyFrom', { name: template.name, version: template.version })}
          </Button>
          {template.id ? (
            <Button variant="default" size="compact-sm" loading={busy} onClick={() => onStatus(next)}>
              {t(next === 'active' ? 'evaluationTemplates.activate' : 'evaluationTemplates.retire')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Card>
  );
}

/** `/evaluasi-sakip/templat`: the LKE templates, new versions copied from one, and activating/retiring them. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [source, setSource] = useState<TemplateView | null>(null);
  const templates = useQuery({ queryKey: evaluationKeys.templates, queryFn: fetchTemplates });
  const status = useMutation({
    mutationFn: ({ template, to }: { template: TemplateView; to: 'active' | 'retired' }) => setTemplateStatus(template, to),
    onSuccess: (_, { to }) => {
      void client.invalidateQueries({ queryKey: evaluationKeys.templates });
      notifySuccess(t(to === 'active' ? 'evaluationTemplates.activated' : 'evaluationTemplates.retired'));
    },
  });
  return (
    <>
      <PageHeader title={t('evaluationTemplates.title')} description={t('evaluationTemplates.description')} />
      <Stack gap="md">
        <Anchor component={Link} to="/evaluasi-sakip" size="sm">
          {t('evaluationTemplates.back')}
        </Anchor>
        <ErrorAlert error={templates.error ?? status.error} />
        {templates.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
        {source ? (
          <TemplateForm key={`${source.code}@${source.version}`} source={source} onDone={() => setSource(null)} />
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(templates.data ?? []).map((template) => (
              <TemplateRow
                key={`${template.code}@${template.version}`}
                template={template}
                busy={status.isPending && status.variables?.template === template}
                onCopy={() => setSource(template)}
                onStatus={(to) => status.mutate({ template, to })}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}
