import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { fieldError } from '../../app/errors.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { createTenant, platformKeys, type TenantCreatedView } from './platform.api.ts';

/** Same rule as the server's slug check in platform-admin.routes.ts. */
const SLUG_PATTERN = /^[a-z0-9-]{2,40}$/;
const FORM_FIELDS = ['code', 'slug'];

/** The error unless the server tied it to one of this form's fields (those are shown on the field). */
function unplacedError(error: unknown): unknown {
  if (error instanceof ApiError && error.fields.some((f) => FORM_FIELDS.includes(f.field))) return null;
  return error;
}

/** The counts of the new regency and the one step left: its first admin, created on the server's command line. */
function CreatedNotice({ created }: { created: TenantCreatedView }) {
  const { t } = useTranslation();
  const format = new Intl.NumberFormat(currentLocale());
  const { kecamatan, desa, kelurahan } = created.counts;
  const command = `npx pamong user create --tenant ${created.tenant.slug} --name "…" --email … --role admin`;
  return (
    <Alert color="green" variant="light" role="status" data-testid="tenant-created" title={t('platform.createdTitle')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('platform.created', {
            name: created.tenant.name,
            kecamatan: format.format(kecamatan),
            desa: format.format(desa),
            kelurahan: format.format(kelurahan),
          })}
        </Text>
        <Text size="sm">{t('platform.nextStep')}</Text>
        <Code block style={{ whiteSpace: 'normal' }}>
          {/* Wrap only between words on narrow screens, never inside `--role`. */}
          {command.split(' ').map((word, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the words of a fixed command line
            <Fragment key={index}>
              {index ? ' ' : ''}
              <span style={{ whiteSpace: 'nowrap' }}>{word}</span>
            </Fragment>
          ))}
        </Code>
        <CopyButton value={command}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy} style={{ alignSelf: 'flex-start' }}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}

/** "Tambah pemda dari kode Kemendagri": Kemendagri code and optional slug; shows what was created. */
export function CreateTenantForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [slug, setSlug] = useState('');
  const [slugProblem, setSlugProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: createTenant,
    onSuccess: () => {
      setCode('');
      setSlug('');
      void queryClient.invalidateQueries({ queryKey: platformKeys.tenants });
    },
  });
  const error = mutation.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wantedSlug = slug.trim().toLowerCase();
    if (wantedSlug && !SLUG_PATTERN.test(wantedSlug)) return setSlugProblem(t('platform.slugRule'));
    setSlugProblem(null);
    mutation.mutate({ code: code.trim(), slug: wantedSlug || undefined });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-tenant-title">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('platform.code')}
            description={t('platform.codeHint')}
            placeholder="33.13"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            inputMode="decimal"
            autoComplete="off"
            required
            error={fieldError(error, 'code')}
          />
          <TextInput
            label={t('platform.slug')}
            description={t('platform.slugHint')}
            placeholder="karanganyar"
            value={slug}
            onChange={(e) => setSlug(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            error={slugProblem ?? fieldError(error, 'slug')}
          />
        </SimpleGrid>
        <ErrorAlert error={unplacedError(error)} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={!code.trim()}>
            {t('platform.create')}
          </Button>
        </Group>
        {mutation.isSuccess ? <CreatedNotice created={mutation.data} /> : null}
      </Stack>
    </form>
  );
}
