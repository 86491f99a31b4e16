import { Paper, Text } from '@mantine/core';

/** A labelled number, e.g. "Unit kerja 42". */
export function StatCard({ label, value, locale }: { label: string; value: number; locale: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {new Intl.NumberFormat(locale).format(value)}
      </Text>
    </Paper>
  );
}
