import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DispositionView, Security, Urgency } from './eoffice.api.ts';
import { DISPOSITION_COLOR, SECURITY_COLOR, URGENCY_COLOR } from './eoffice-format.ts';

const plain = { textTransform: 'none', minWidth: 'max-content' } as const;

/** Urgency and security badges; the ordinary level ("Biasa") is left out. */
export function LetterBadges({ security, urgency }: { security: Security; urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {urgency !== 'biasa' ? (
        <Badge color={URGENCY_COLOR[urgency]} variant="light" style={plain}>
          {t(`eoffice.urgency.${urgency}`)}
        </Badge>
      ) : null}
      {security !== 'biasa' ? (
        <Badge color={SECURITY_COLOR[security]} variant="outline" style={plain}>
          {t(`eoffice.security.${security}`)}
        </Badge>
      ) : null}
    </Group>
  );
}

/** The status of a disposition as a coloured badge. */
export function DispositionStatusBadge({ status }: { status: DispositionView['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={DISPOSITION_COLOR[status]} variant="light" style={plain}>
      {t(`eoffice.dispositionStatus.${status}`)}
    </Badge>
  );
}
