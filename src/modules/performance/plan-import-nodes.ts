/**
 * Cross-row checks of the `Rencana` sheet against the plan already stored (pure): duplicate codes, ambiguous stored
 * codes, a changed kind, unknown parent or acuan codes, cycles, and the tree rules of plan-rules.ts (parent kind,
 * derivation). Gives every row's change: added, updated or unchanged.
 */
import type { SheetProblem } from './budget-xlsx.ts';
import type { NodeKind } from './performance.contract.ts';
import { derivationProblem, type NodeShape, parentProblem, wouldCycle } from './plan-rules.ts';
import { type FileNode, NODE_COLUMNS } from './plan-xlsx.ts';
import { XLSX_KEYS } from './plan-xlsx-cells.ts';
import { KIND_WORDS, wordOf } from './plan-xlsx-words.ts';

/** A stored node as the import sees it. */
export interface KnownNode {
  id: string;
  code: string | null;
  kind: NodeKind;
  parentId: string | null;
  derivesFromNodeId: string | null;
  title: string;
  version: number;
}

/** Where the nodes go: one period, one document, the regency (unit null) or one OPD. */
export interface NodeScope {
  sheet: string;
  periodId: string;
  document: 'rpjmd' | 'renstra';
  unitId: string | null;
}

/** One row's outcome: the stored node it updates (or null for a new one) and whether anything differs. */
export interface NodeChange {
  node: FileNode;
  existing: KnownNode | null;
  changed: boolean;
}

type At = (node: FileNode, column: string, key: string, params?: Record<string, string | number>) => void;

/** Checks the node rows; `references` are the RPJMD nodes a Renstra row may name as acuan. */
export function checkNodes(
  nodes: readonly FileNode[],
  stored: readonly KnownNode[],
  references: readonly KnownNode[],
  scope: NodeScope & { codesInFile: ReadonlySet<string> },
): { problems: SheetProblem[]; changes: NodeChange[] } {
  const problems: SheetProblem[] = [];
  const at: At = (node, column, key, params = {}) =>
    problems.push({ sheet: scope.sheet, row: node.row, column, key, params: { column, ...params } });
  const valid = uniqueRows(nodes, stored, at);
  const storedByCode = new Map(stored.filter((n) => n.code).map((n) => [n.code!, n]));
  const kindOf = new Map<string, NodeKind>([...storedByCode].map(([code, n]) => [code, n.kind]));
  for (const n of valid) kindOf.set(n.code, n.kind);
  const parentOf = finalParents(valid, stored);
  const codeOfId = new Map(stored.map((n) => [n.id, n.code]));
  const refByCode = new Map(references.filter((n) => n.code).map((n) => [n.code!, n]));
  const refCodeOfId = new Map(references.map((n) => [n.id, n.code]));
  const changes: NodeChange[] = [];
  for (const node of valid) {
    const before = problems.length;
    const existing = storedByCode.get(node.code) ?? null;
    if (existing && existing.kind !== node.kind)
      at(node, NODE_COLUMNS.kind, `${XLSX_KEYS}kindChanged`, { from: wordOf(KIND_WORDS, existing.kind), value: node.code });
    checkParent(node, kindOf, parentOf, scope, at);
    if (scope.document === 'renstra') checkDerivation(node, refByCode, scope, at);
    if (problems.length > before) continue;
    const changed =
      !existing ||
      existing.title !== node.title ||
      (existing.parentId ? codeOfId.get(existing.parentId) : null) !== node.parentCode ||
      (scope.document === 'renstra' &&
        (existing.derivesFromNodeId ? refCodeOfId.get(existing.derivesFromNodeId) : null) !== node.derivesCode);
    changes.push({ node, existing, changed });
  }
  return { problems, changes };
}

/** Rows whose code is not repeated in the file nor ambiguous among the stored nodes. */
function uniqueRows(nodes: readonly FileNode[], stored: readonly KnownNode[], at: At): FileNode[] {
  const storedCount = new Map<string, number>();
  for (const n of stored) if (n.code) storedCount.set(n.code, (storedCount.get(n.code) ?? 0) + 1);
  const firstRow = new Map<string, number>();
  return nodes.filter((node) => {
    const first = firstRow.get(node.code);
    if (first !== undefined) {
      at(node, NODE_COLUMNS.code, `${XLSX_KEYS}duplicateCode`, { value: node.code, firstRow: first });
      return false;
    }
    firstRow.set(node.code, node.row);
    if ((storedCount.get(node.code) ?? 0) > 1) {
      at(node, NODE_COLUMNS.code, `${XLSX_KEYS}codeAmbiguous`, { value: node.code });
      return false;
    }
    return true;
  });
}

/** Code → parent code after the import: the stored tree with the file's rows laid over it. */
function finalParents(nodes: readonly FileNode[], stored: readonly KnownNode[]): Map<string, string | null> {
  const codeOfId = new Map(stored.map((n) => [n.id, n.code]));
  const parentOf = new Map<string, string | null>();
  for (const n of stored) if (n.code) parentOf.set(n.code, n.parentId ? (codeOfId.get(n.parentId) ?? null) : null);
  for (const n of nodes) parentOf.set(n.code, n.parentCode);
  return parentOf;
}

function shape(kind: NodeKind, scope: NodeScope): NodeShape {
  return { periodId: scope.periodId, document: scope.document, kind, unitId: scope.unitId, pokinLevel: null };
}

function checkParent(
  node: FileNode,
  kindOf: ReadonlyMap<string, NodeKind>,
  parentOf: ReadonlyMap<string, string | null>,
  scope: NodeScope & { codesInFile: ReadonlySet<string> },
  at: At,
): void {
  const column = NODE_COLUMNS.parent;
  if (node.parentCode !== null && !kindOf.has(node.parentCode)) {
    // A parent whose own row has problems is reported there, not again here.
    if (!scope.codesInFile.has(node.parentCode)) at(node, column, `${XLSX_KEYS}parentUnknown`, { value: node.parentCode });
    return;
  }
  if (wouldCycle(node.code, node.parentCode, parentOf)) {
    at(node, column, 'performance.cycle', { value: node.parentCode ?? '' });
    return;
  }
  const parentKind = node.parentCode === null ? null : kindOf.get(node.parentCode)!;
  const why = parentProblem(shape(node.kind, scope), parentKind ? shape(parentKind, scope) : null);
  if (why) at(node, column, why, { value: node.parentCode ?? '' });
}

function checkDerivation(node: FileNode, refByCode: ReadonlyMap<string, KnownNode>, scope: NodeScope, at: At): void {
  if (node.derivesCode === null) return;
  const column = NODE_COLUMNS.derives;
  const target = refByCode.get(node.derivesCode);
  if (!target) {
    at(node, column, `${XLSX_KEYS}derivesUnknown`, { value: node.derivesCode });
    return;
  }
  const why = derivationProblem(shape(node.kind, scope), { ...shape(target.kind, scope), document: 'rpjmd', unitId: null });
  if (why) at(node, column, why, { value: node.derivesCode });
}
