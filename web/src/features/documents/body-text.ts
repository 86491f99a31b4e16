import type { z } from 'zod';
import type { BodyBlockInput } from '../../../../src/modules/documents/documents.contract.ts';

/** One block of a document body as the API takes it (paragraph, list, …). */
export type BodyBlock = z.infer<typeof BodyBlockInput>;

/** The list styles the plain-text editor recognises. */
export type ListStyle = 'numbered' | 'lettered' | 'bullet';

interface ListMarker {
  style: ListStyle;
  /** True when the line is indented: a sub-item of the item above. */
  nested: boolean;
  text: string;
}

const NUMBERED = /^(\s*)\d{1,3}[.)]\s+(\S.*)$/;
const LETTERED = /^(\s*)[a-zA-Z][.)]\s+(\S.*)$/;
const BULLET = /^(\s*)[-•*]\s+(\S.*)$/;

/** The list marker a line starts with ("1.", "a.", "-"), or null for ordinary text. */
export function listMarkerOf(line: string): ListMarker | null {
  const patterns: [RegExp, ListStyle][] = [
    [NUMBERED, 'numbered'],
    [LETTERED, 'lettered'],
    [BULLET, 'bullet'],
  ];
  for (const [pattern, style] of patterns) {
    const found = pattern.exec(line);
    if (found) return { style, nested: (found[1] ?? '').length >= 2, text: (found[2] ?? '').trim() };
  }
  return null;
}

type ListBlock = Extract<BodyBlock, { kind: 'list' }>;
type ListItem = ListBlock['items'][number];

/** Builds the blocks of one chunk of text that had no blank line inside. */
class ChunkBuilder {
  readonly blocks: BodyBlock[] = [];
  private paragraph: string[] = [];
  private list: ListBlock | null = null;

  add(line: string): void {
    const marker = listMarkerOf(line);
    if (marker) this.addItem(marker);
    else if (this.list) this.continueItem(line.trim());
    else this.paragraph.push(line.trim());
  }

  private addItem(marker: ListMarker): void {
    const last = this.lastItem();
    if (marker.nested && last) {
      last.children = [...(last.children ?? []), marker.text];
      return;
    }
    if (!this.list || this.list.style !== marker.style) {
      this.finish();
      this.list = { kind: 'list', style: marker.style, items: [] };
    }
    this.list.items.push({ text: marker.text });
  }

  /** A plain line inside a list continues the item (or sub-item) above it. */
  private continueItem(text: string): void {
    const last = this.lastItem();
    if (!last) return;
    const children = last.children;
    if (children && children.length > 0) children[children.length - 1] = `${children[children.length - 1]} ${text}`;
    else last.text = `${last.text} ${text}`;
  }

  private lastItem(): ListItem | undefined {
    return this.list?.items[this.list.items.length - 1];
  }

  /** Closes the open paragraph or list, if any. */
  finish(): void {
    if (this.paragraph.length > 0) this.blocks.push({ kind: 'paragraph', text: this.paragraph.join(' ') });
    if (this.list) this.blocks.push(this.list);
    this.paragraph = [];
    this.list = null;
  }
}

/**
 * Turns the plain text of the body editor into body blocks: blank lines separate paragraphs; lines that
 * start with "1." / "a." / "-" become numbered, lettered or bullet lists (markers are dropped, the PDF
 * numbers them); an indented marker line is a sub-item; other lines inside a list continue the item.
 */
export function parseBodyText(text: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    const builder = new ChunkBuilder();
    for (const line of chunk.split('\n')) {
      if (line.trim()) builder.add(line.replace(/\t/g, '  '));
    }
    builder.finish();
    blocks.push(...builder.blocks);
  }
  return blocks;
}

/** Splits a textarea into its non-empty, trimmed lines (addressee, tembusan). */
export function nonEmptyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
