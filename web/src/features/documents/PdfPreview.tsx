import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An object URL for a blob, revoked when the blob changes or the component goes away. */
function useObjectUrl(blob: Blob): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

/** True once the page's Content-Security-Policy refused to frame a `blob:` URL (then only the links are useful). */
function useBlobFrameBlocked(): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.effectiveDirective.startsWith('frame-src') && event.blockedURI.startsWith('blob')) setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  return blocked;
}

/** Shows a PDF blob in an iframe, with "open in a new tab" and "download" links as the fallback. */
export function PdfBlobPreview({ blob, title, fileName }: { blob: Blob; title: string; fileName: string }) {
  const { t } = useTranslation();
  const url = useObjectUrl(blob);
  const blocked = useBlobFrameBlocked();
  if (!url) return null;
  return (
    <Stack gap="xs" data-testid="pdf-preview">
      <Group gap="md">
        <Anchor href={url} target="_blank" rel="noopener">
          {t('documents.preview.openTab')}
        </Anchor>
        <Anchor href={url} download={fileName}>
          {t('documents.preview.download')}
        </Anchor>
      </Group>
      {blocked ? (
        <Alert color="gray" variant="light">
          {t('documents.preview.blocked')}
        </Alert>
      ) : (
        <iframe
          src={url}
          title={title}
          style={{ width: '100%', height: '80vh', border: '1px solid var(--mantine-color-default-border)' }}
        />
      )}
    </Stack>
  );
}

/** Shows a same-origin PDF address in an iframe (e.g. the kop sample), with an "open in a new tab" link. */
export function PdfUrlPreview({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="pdf-preview">
      <Anchor href={url} target="_blank" rel="noopener">
        {t('documents.preview.openTab')}
      </Anchor>
      <iframe
        src={url}
        title={title}
        style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-default-border)' }}
      />
    </Stack>
  );
}
