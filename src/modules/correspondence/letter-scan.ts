import type { RequestContext } from '../../platform/access/context.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { visibleLetter, whoAmI } from './letter-access.ts';

/** The scanned PDF of a letter visible to me (404 when not visible or without a scan). */
export async function letterScan(ctx: RequestContext, letterId: string): Promise<Buffer> {
  const letter = await visibleLetter(ctx, letterId, await whoAmI(ctx));
  if (!letter.scan_file_id) throw new NotFoundError('file');
  return loadFile(ctx, letter.scan_file_id);
}
