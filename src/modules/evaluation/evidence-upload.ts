/**
 * Uploaded evidence files (bukti dukung) of the evaluation module, shared by recommendation follow-ups and LKE
 * criteria: the content type comes from the first bytes (PDF, JPEG or PNG; executables refused) and the file is
 * stored in the tenant's content-addressed storage with a safe name.
 */
import type { RequestContext } from '../../platform/access/context.ts';
import { type StoredFile, storeFile } from '../../platform/storage/tenant-files.ts';
import type { FieldProblem } from '../../shared/errors.ts';

/** An uploaded file as read from a multipart request. */
export interface UploadedFile {
  readonly data: Buffer;
  readonly fileName: string;
}

const K = 'evaluation.recommendations';
const EXECUTABLES = [Buffer.from('MZ'), Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from('#!')];
const KINDS: readonly { magic: Buffer; type: string; ext: string }[] = [
  { magic: Buffer.from('%PDF-'), type: 'application/pdf', ext: 'pdf' },
  { magic: Buffer.from([0xff, 0xd8, 0xff]), type: 'image/jpeg', ext: 'jpg' },
  { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type: 'image/png', ext: 'png' },
];
const startsWith = (bytes: Buffer, magic: Buffer) =>
  bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

/**
 * SECURITY: the content type of evidence comes from its first bytes, never the name or declared type; an empty file,
 * an executable or anything not PDF, JPEG or PNG is a field problem (`file.<n>`) before anything is stored.
 */
export function fileTypeProblems(files: readonly UploadedFile[]): FieldProblem[] {
  return files.flatMap((f, i) => {
    if (f.data.length === 0) return [{ field: `file.${i}`, message: `${K}.noFile` }];
    if (EXECUTABLES.some((m) => startsWith(f.data, m))) return [{ field: `file.${i}`, message: `${K}.executable` }];
    return KINDS.some((k) => startsWith(f.data, k.magic)) ? [] : [{ field: `file.${i}`, message: `${K}.badFileType` }];
  });
}

/** A file name safe to store and send back: the base name without control or quote characters, right extension. */
function safeName(fileName: string, ext: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 150);
  return `${base || 'bukti'}.${ext}`;
}

/** Stores a checked upload (see `fileTypeProblems`) through the use case's transaction context. */
export function storeUploadedFile(tx: RequestContext, file: UploadedFile): Promise<StoredFile> {
  const kind = KINDS.find((k) => startsWith(file.data, k.magic)) ?? KINDS[0]!;
  return storeFile(tx, file.data, kind.type, safeName(file.fileName, kind.ext));
}
