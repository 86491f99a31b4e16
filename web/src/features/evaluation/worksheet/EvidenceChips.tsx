import { Anchor, Badge, CloseButton, Group, Text } from '@mantine/core';
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

/** Evidence links (bukti dukung) as chips naming their kind; removable when the user edits the answer. */
export function EvidenceChips({ evidence, onRemove }: { evidence: EvidenceLink[]; onRemove?: (link: EvidenceLink) => void }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <Group
      gap={6}
      wrap="wrap"
      component="ul"
      aria-label={t('evaluation.criterion.evidence')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      <Text span size="xs" c="dimmed" aria-hidden>
        {t('evaluation.criterion.evidence')}:
      </Text>
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
    </Group>
  );
}

/** Files uploaded as evidence of a criterion, as download links (everyone who reads the evaluation sees them). */
export function UploadedEvidenceLinks({ files }: { files: readonly EvidenceFileView[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Group
      gap={6}
      wrap="wrap"
      component="ul"
      aria-label={t('evaluationEvidence.upload.list')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      <Text span size="xs" c="dimmed" aria-hidden>
        {t('evaluationEvidence.upload.list')}:
      </Text>
      {files.map((file) => (
        <li key={file.id}>
          <Anchor href={file.downloadUrl} size="sm" download={file.fileName}>
            {file.fileName}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}
