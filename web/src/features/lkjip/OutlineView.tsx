import { NativeSelect, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineBlock, ReportView } from './lkjip.api.ts';
import classes from './lkjip.module.css';
import { headingId, type TocEntry, tableOfContents } from './lkjip-outline.ts';
import { OutlineChart, OutlineHeading, OutlineTable } from './OutlineBlocks.tsx';
import { SectionEditor } from './SectionEditor.tsx';

/** Scrolls to an element of the outline and moves the keyboard focus there. */
export function revealElement(id: string): void {
  const element = document.getElementById(id);
  element?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  element?.focus({ preventScroll: true });
}

/** The table of contents: a sticky list of links on wider screens, a "jump to" select on phones. */
function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  return (
    <>
      <nav className={classes.toc} aria-label={t('lkjip.editor.toc')} data-testid="lkjip-toc">
        <Text size="sm" fw={600} mb={4}>
          {t('lkjip.editor.toc')}
        </Text>
        <ul className={classes.tocList}>
          {entries.map((e) => (
            <li key={e.id} className={e.level === 2 ? classes.level2 : undefined}>
              <a
                href={`#${e.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  revealElement(e.id);
                }}
              >
                {e.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <NativeSelect
        className={classes.jump}
        label={t('lkjip.editor.jump')}
        data={[
          { value: '', label: '—' },
          ...entries.map((e) => ({ value: e.id, label: e.level === 2 ? `— ${e.text}` : e.text })),
        ]}
        value={chosen}
        onChange={(event) => {
          setChosen(event.currentTarget.value);
          if (event.currentTarget.value) revealElement(event.currentTarget.value);
        }}
      />
    </>
  );
}

/** One block in reading order; narrative sections are text boxes while the report is a draft. */
function Block({
  report,
  block,
  index,
  tableNumber,
}: {
  report: ReportView;
  block: OutlineBlock;
  index: number;
  tableNumber: number;
}) {
  if (block.kind === 'heading') return <OutlineHeading block={block} id={headingId(index)} />;
  if (block.kind === 'table') return <OutlineTable block={block} n={tableNumber} />;
  if (block.kind === 'chart') return <OutlineChart block={block} />;
  const section = block.sectionKey ? report.sections.find((s) => s.key === block.sectionKey) : undefined;
  if (section && report.status === 'draft') return <SectionEditor report={report} section={section} />;
  return (
    <Text className={classes.paragraph} size="sm" data-outline="paragraph">
      {block.text}
    </Text>
  );
}

/** The report's outline in reading order with its table of contents; `aside` goes above the outline. */
export function OutlineView({ report, aside }: { report: ReportView; aside?: ReactNode }) {
  let tables = 0;
  const numbered = report.outline.map((block) => ({ block, tableNumber: block.kind === 'table' ? ++tables : 0 }));
  return (
    <div className={classes.layout}>
      <TableOfContents entries={tableOfContents(report.outline)} />
      <Stack gap="sm" component="article" data-testid="lkjip-outline">
        {aside}
        {numbered.map(({ block, tableNumber }, index) => (
          <Block
            key={block.kind === 'paragraph' && block.sectionKey ? `s-${block.sectionKey}` : `${index}-${block.kind}`}
            report={report}
            block={block}
            index={index}
            tableNumber={tableNumber}
          />
        ))}
      </Stack>
    </div>
  );
}
