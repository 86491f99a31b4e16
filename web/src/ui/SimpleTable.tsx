import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './ui.module.css';

/** One column of a SimpleTable: header text and how to render a row's cell. */
export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Render this cell as the row header (`<th scope="row">`). */
  rowHeader?: boolean;
}

interface SimpleTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyText: string;
  testId?: string;
  /** Below this width the table scrolls sideways (default 600 px; a narrow table of numbers fits a 375 px phone). */
  minWidth?: number;
}

/** An accessible data table: caption, column headers with scope, horizontal scroll on small screens. */
export function SimpleTable<Row>({ caption, columns, rows, rowKey, emptyText, testId, minWidth = 600 }: SimpleTableProps<Row>) {
  return (
    // A focusable, named scroll region lets keyboard users scroll wide tables on small screens.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard (WCAG 2.1.1)
    <section className={classes.tableScroll} tabIndex={0} aria-label={caption}>
      <Table striped highlightOnHover captionSide="top" data-testid={testId} miw={rows.length ? minWidth : undefined}>
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed">{emptyText}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <Table.Th key={column.key} scope="row" fw="normal">
                      {column.render(row)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                  ),
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </section>
  );
}
