/**
 * Adds a signature field (merged field + widget) to a parsed PDF and records which existing objects changed,
 * so the incremental update can append exactly those.
 */
import { PDFArray, type PDFContext, PDFDict, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';
import type { PdfRect } from '../pdf/naskah-model.ts';
import { SigningFailure } from './signing-types.ts';

const MAX_PAGE_TREE_DEPTH = 32;
const SIG_FLAGS_SIGNATURES_EXIST_APPEND_ONLY = 3;
const PRINT_FLAG = 4;

/** A page leaf and its reference. */
interface PageEntry {
  readonly ref: PDFRef;
  readonly dict: PDFDict;
}

/** What the caller must know after adding the field. */
export interface AddedSignatureField {
  readonly fieldName: string;
  /** Existing objects that were modified (page, /Annots array, catalog, /AcroForm, /Fields). */
  readonly changedRefs: readonly PDFRef[];
}

function invalid(message: string): SigningFailure {
  return new SigningFailure('invalid_document', message);
}

/** The page at `pageIndex`, found by walking /Kids from the catalog's /Pages (cycle- and depth-safe). */
export function findPage(context: PDFContext, catalog: PDFDict, pageIndex: number): PageEntry {
  const pages: PageEntry[] = [];
  const seen = new Set<string>();
  const walk = (ref: PDFObject | undefined, depth: number): void => {
    if (!(ref instanceof PDFRef) || seen.has(ref.tag) || depth > MAX_PAGE_TREE_DEPTH || pages.length > pageIndex) return;
    seen.add(ref.tag);
    const node = context.lookup(ref);
    if (!(node instanceof PDFDict)) return;
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      for (let index = 0; index < kids.size(); index++) walk(kids.get(index), depth + 1);
    } else {
      pages.push({ ref, dict: node });
    }
  };
  walk(catalog.get(PDFName.of('Pages')), 0);
  const page = pages[pageIndex];
  if (!page) throw invalid(`Halaman ${pageIndex + 1} tidak ada di dokumen (page not found)`);
  return page;
}

/** Names of the top-level fields already in the form. */
function existingFieldNames(fields: PDFArray | undefined): Set<string> {
  const names = new Set<string>();
  for (let index = 0; index < (fields?.size() ?? 0); index++) {
    const field = fields?.lookup(index);
    const name = field instanceof PDFDict ? field.lookup(PDFName.of('T')) : undefined;
    if (name instanceof PDFString || name instanceof PDFHexString) names.add(name.decodeText());
  }
  return names;
}

function uniqueFieldName(taken: Set<string>): string {
  let number = taken.size + 1;
  while (taken.has(`Signature${number}`)) number++;
  return `Signature${number}`;
}

/** Appends `item` to the array stored under `key` of `owner`, creating it; returns the object that changed. */
function appendToArrayEntry(context: PDFContext, owner: PDFDict, key: string, item: PDFRef): 'owner' | PDFRef {
  const entry = owner.get(PDFName.of(key));
  if (entry instanceof PDFRef) {
    const target = context.lookup(entry);
    if (target instanceof PDFArray) {
      target.push(item);
      return entry;
    }
  }
  if (entry instanceof PDFArray) entry.push(item);
  else owner.set(PDFName.of(key), context.obj([item]));
  return 'owner';
}

/** The AcroForm dictionary and the object that must be rewritten when it changes (catalog or AcroForm itself). */
function acroFormOf(context: PDFContext, catalog: PDFDict, rootRef: PDFRef): { form: PDFDict; holder: PDFRef } {
  const entry = catalog.get(PDFName.of('AcroForm'));
  if (entry instanceof PDFRef) {
    const form = context.lookup(entry);
    if (form instanceof PDFDict) return { form, holder: entry };
  }
  if (entry instanceof PDFDict) return { form: entry, holder: rootRef };
  const form = context.obj({});
  catalog.set(PDFName.of('AcroForm'), context.register(form));
  return { form, holder: rootRef };
}

/** Field geometry and links for the new signature field. */
export interface SignatureFieldSpec {
  readonly pageIndex: number;
  readonly rect: PdfRect;
  readonly signatureRef: PDFRef;
  readonly appearanceRef: PDFRef;
}

/** Adds the signature widget to the page's /Annots and to the catalog's /AcroForm (/SigFlags 3). */
export function addSignatureField(context: PDFContext, spec: SignatureFieldSpec): AddedSignatureField {
  const rootRef = context.trailerInfo.Root;
  const catalog = rootRef instanceof PDFRef ? context.lookup(rootRef) : undefined;
  if (!(rootRef instanceof PDFRef) || !(catalog instanceof PDFDict))
    throw invalid('Katalog PDF tidak terbaca (no document catalog)');
  const page = findPage(context, catalog, spec.pageIndex);
  const { form, holder } = acroFormOf(context, catalog, rootRef);
  const fields = form.lookup(PDFName.of('Fields'));
  const fieldName = uniqueFieldName(existingFieldNames(fields instanceof PDFArray ? fields : undefined));
  const { x, y, width, height } = spec.rect;
  const widgetRef = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [x, y, x + width, y + height],
      F: PRINT_FLAG,
      P: page.ref,
      T: PDFString.of(fieldName),
      V: spec.signatureRef,
      AP: { N: spec.appearanceRef },
    }),
  );
  const changed = new Set<PDFRef>();
  const annotsHolder = appendToArrayEntry(context, page.dict, 'Annots', widgetRef);
  changed.add(annotsHolder === 'owner' ? page.ref : annotsHolder);
  const fieldsHolder = appendToArrayEntry(context, form, 'Fields', widgetRef);
  changed.add(fieldsHolder === 'owner' ? holder : fieldsHolder);
  form.set(PDFName.of('SigFlags'), context.obj(SIG_FLAGS_SIGNATURES_EXIST_APPEND_ONLY));
  changed.add(holder);
  return { fieldName, changedRefs: [...changed] };
}
