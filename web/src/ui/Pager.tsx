import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** Accessible name of the pagination landmark, e.g. "Halaman pegawai". */
  label: string;
}

/** Page buttons plus a "x–y of z" summary; hidden buttons when everything fits on one page. */
export function Pager({ page, pageSize, total, onChange, label }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.range', { first, last, total })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={label}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            siblings={1}
            getItemProps={(n) => ({ 'aria-label': t('common.page', { page: n }) })}
            getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
