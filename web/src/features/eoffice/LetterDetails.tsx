import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { formatLongDate, formatWib } from '../verification/verification-format.ts';
import type { Letter } from './eoffice.api.ts';
import { SECURITY_COLOR, URGENCY_COLOR } from './eoffice-format.ts';

const plain = { textTransform: 'none' } as const;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="35%" maw="12rem" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function SenderText({ letter }: { letter: Letter }) {
  if (!letter.sender) return <>—</>;
  return (
    <Stack gap={0}>
      <Text size="sm">{letter.sender.name}</Text>
      {letter.sender.organisation && letter.sender.organisation !== letter.sender.name ? (
        <Text size="sm">{letter.sender.organisation}</Text>
      ) : null}
      {letter.sender.address ? (
        <Text size="xs" c="dimmed">
          {letter.sender.address}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The letter's metadata as a two-column table (labels as row headers); every value rendered as text. */
export function LetterDetails({ letter }: { letter: Letter }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const date = (value: string | null) => (value ? formatLongDate(value, locale) : '—');
  return (
    <Table captionSide="top" data-testid="letter-details" layout="fixed" style={{ wordBreak: 'break-word' }}>
      <Table.Caption style={{ textAlign: 'left' }}>{t('eoffice.letter.metaCaption')}</Table.Caption>
      <Table.Tbody>
        <Row label={t('eoffice.letter.agenda')}>{letter.agendaNumber ?? t('eoffice.letter.noAgenda')}</Row>
        <Row label={t('eoffice.letter.sender')}>
          <SenderText letter={letter} />
        </Row>
        <Row label={t('eoffice.letter.theirNumber')}>{letter.theirNumber ?? '—'}</Row>
        <Row label={t('eoffice.letter.theirDate')}>{date(letter.theirDate)}</Row>
        <Row label={t('eoffice.letter.received')}>{date(letter.receivedOn)}</Row>
        <Row label={t('eoffice.letter.security')}>
          <Badge color={SECURITY_COLOR[letter.security]} variant="outline" style={plain}>
            {t(`eoffice.security.${letter.security}`)}
          </Badge>
        </Row>
        <Row label={t('eoffice.letter.urgency')}>
          <Badge color={URGENCY_COLOR[letter.urgency]} variant="light" style={plain}>
            {t(`eoffice.urgency.${letter.urgency}`)}
          </Badge>
        </Row>
        <Row label={t('eoffice.letter.summary')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {letter.summary ?? '—'}
          </Text>
        </Row>
        <Row label={t('eoffice.letter.kka')}>{letter.kka}</Row>
        <Row label={t('eoffice.letter.attachments')}>{letter.attachmentsNote ?? '—'}</Row>
        <Row label={t('eoffice.letter.unit')}>{letter.unit.name}</Row>
        <Row label={t('eoffice.letter.status')}>{t(`eoffice.letterStatus.${letter.status}`)}</Row>
        <Row label={t('eoffice.letter.recipients')}>
          <Stack gap={2}>
            {letter.recipients.map((r) => (
              <Text size="sm" key={`${r.positionId}-${r.role}`}>
                {`${t(`eoffice.role.${r.role}`)}: ${r.positionName} — ${
                  r.readAt ? t('eoffice.letter.readAt', { time: formatWib(r.readAt, locale) }) : t('eoffice.letter.notRead')
                }`}
              </Text>
            ))}
          </Stack>
        </Row>
      </Table.Tbody>
    </Table>
  );
}
