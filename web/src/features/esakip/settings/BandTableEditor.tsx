import { ActionIcon, Button, ColorSwatch, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BandRow } from './settings.api.ts';

/** Props of the band table editor: the rows, a change handler, a field-error lookup and read-only mode. */
export interface BandTableEditorProps {
  readonly bands: readonly BandRow[];
  readonly onChange: (bands: BandRow[]) => void;
  readonly errorOf: (field: string) => string | undefined;
  readonly readOnly: boolean;
}

const NEW_BAND: BandRow = { code: '', label: '', min: null, max: null, color: '#868e96' };

/** The band table (code, label, min, max, colour with a swatch), one labelled input per cell, errors per cell. */
export function BandTableEditor({ bands, onChange, errorOf, readOnly }: BandTableEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof BandRow, value: string) =>
    onChange(
      bands.map((band, i) =>
        i !== index ? band : { ...band, [key]: key === 'min' || key === 'max' ? value.trim() || null : value },
      ),
    );
  const cell = (index: number, key: keyof BandRow, label: string) => (
    <TextInput
      size="xs"
      aria-label={t('esakipSettings.bands.cellLabel', { field: label, row: index + 1 })}
      value={bands[index][key] ?? ''}
      onChange={(e) => set(index, key, e.currentTarget.value)}
      error={errorOf(`bands.${index}.${key}`)}
      readOnly={readOnly}
      inputMode={key === 'min' || key === 'max' ? 'decimal' : undefined}
      placeholder={key === 'min' || key === 'max' ? t('esakipSettings.bands.open') : undefined}
    />
  );
  const headers = ['code', 'label', 'min', 'max', 'color'] as const;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} aria-label={t('esakipSettings.bands.caption')}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((h) => (
                <Table.Th key={h}>{t(`esakipSettings.bands.${h}`)}</Table.Th>
              ))}
              {readOnly ? null : <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bands.map((band, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; codes may be empty or repeated
              <Table.Tr key={index}>
                {headers.slice(0, 4).map((h) => (
                  <Table.Td key={h}>{cell(index, h, t(`esakipSettings.bands.${h}`))}</Table.Td>
                ))}
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <ColorSwatch color={/^#[0-9a-fA-F]{6}$/.test(band.color) ? band.color : '#ffffff'} size={20} aria-hidden />
                    {cell(index, 'color', t('esakipSettings.bands.color'))}
                  </Group>
                </Table.Td>
                {readOnly ? null : (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('esakipSettings.bands.remove', { row: index + 1 })}
                      onClick={() => onChange(bands.filter((_, i) => i !== index))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {errorOf('bands') ? (
        <Text c="red" size="sm" role="alert">
          {errorOf('bands')}
        </Text>
      ) : null}
      {readOnly ? null : (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...bands, NEW_BAND])}>
            {t('esakipSettings.bands.add')}
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('esakipSettings.bands.hint')}
      </Text>
    </Stack>
  );
}
