import { Anchor, Badge, CloseButton, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvidenceLink } from '../evaluation.api.ts';
import type { EvidenceFileView } from './evidence-files.api.ts';

/** The page where each kind of evidence is kept (a file has none of its own). */
const PAGE_OF_KIND: Record<EvidenceLink['kind'], string | null> = {
  agreement: '/e-sakip?tab=pk',
  plan: '/e-sakip?tab=rencana',
  realization: '/e-sakip?tab=realisasi',
  document: '/naskah',
  file: null,
};

/** A labelled inline list: the label shown before it, and read out as the list's name (only items inside the list). */
function InlineList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text span size="xs" c="dimmed" aria-hidden>
        {label}:
      </Text>
      <Group gap={6} wrap="wrap" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {children}
      </Group>
    </Group>
  );
}

/** Evidence links (bukti dukung) as chips naming their kind; removable when the user edits the answer. */
export function EvidenceChips({ evidence, onRemove }: { evidence: EvidenceLink[]; onRemove?: (link: EvidenceLink) => void }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <InlineList label={t('evaluation.criterion.evidence')}>
      {evidence.map((link) => {
        const text = `${t(`evaluation.evidenceKind.${link.kind}`)}: ${link.label}`;
        const page = PAGE_OF_KIND[link.kind];
        return (
          <Group key={`${link.kind}-${link.id}`} gap={2} wrap="nowrap" component="li">
            {page ? (
              <Badge component={Link} to={page} variant="outline" radius="xl" tt="none" style={{ cursor: 'pointer' }}>
                {text}
              </Badge>
            ) : (
              <Badge variant="outline" radius="xl" tt="none">
                {text}
              </Badge>
            )}
            {onRemove ? (
              <CloseButton
                size="sm"
                aria-label={t('evaluation.criterion.removeEvidence', { label: link.label })}
                onClick={() => onRemove(link)}
              />
            ) : null}
          </Group>
        );
      })}
    </InlineList>
  );
}

/** Files uploaded as evidence of a criterion, as download links (everyone who reads the evaluation sees them). */
export function UploadedEvidenceLinks({ files }: { files: readonly EvidenceFileView[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <InlineList label={t('evaluationEvidence.upload.list')}>
      {files.map((file) => (
        <li key={file.id}>
          <Anchor href={file.downloadUrl} size="sm" download={file.fileName}>
            {file.fileName}
          </Anchor>
        </li>
      ))}
    </InlineList>
  );
}
