/**
 * Photos of a realisasi sent as raw bytes from phones, idempotent by the photo's client id: 201 on the first upload,
 * 200 when the same bytes come again, 409 for other bytes or another realisasi. The type comes from the first bytes
 * (JPEG, PNG, WebP); anything else is refused before it is stored.
 */
import { createHash } from 'node:crypto';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { storeFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { PHOTO_MAX_BYTES, type PhotoView } from './village-accountability.contract.ts';
import { enforceAccountability, maySubmitForDesa } from './village-accountability.policy.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { isUniqueViolation, realizationByClientId, requireDesa } from './village-lookup.ts';

const M = 'villages.accountability';
const KINDS: readonly { test: (b: Buffer) => boolean; type: string; ext: string }[] = [
  { test: (b) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])), type: 'image/jpeg', ext: 'jpg' },
  {
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    type: 'image/png',
    ext: 'png',
  },
  {
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
    type: 'image/webp',
    ext: 'webp',
  },
];

/** SECURITY: the photo's type from its first bytes; anything that is not a JPEG, PNG or WebP is a 422. */
export function photoKind(bytes: Buffer): { type: string; ext: string } {
  const kind = bytes.length >= 12 ? KINDS.find((k) => k.test(bytes)) : undefined;
  if (!kind) throw new ValidationError([{ field: 'body', message: `${M}.badPhoto` }]);
  return kind;
}

const viewOf = (p: { client_id: string; content_type: string; size: number; sha256: string }): PhotoView => ({
  clientId: p.client_id,
  contentType: p.content_type,
  size: Number(p.size),
  sha256: p.sha256,
});

async function putPhotoOnce(
  ctx: RequestContext,
  realizationClientId: string,
  photoClientId: string,
  body: unknown,
): Promise<{ created: boolean; view: PhotoView }> {
  const realization = await realizationByClientId(ctx, realizationClientId.toLowerCase());
  if (!realization) throw new NotFoundError('realization');
  enforceAccountability(maySubmitForDesa(await currentAccountabilityActor(ctx), await requireDesa(ctx, realization.region_id)));
  if (!Buffer.isBuffer(body) || body.length === 0) throw new ValidationError([{ field: 'body', message: `${M}.badPhoto` }]);
  if (body.length > PHOTO_MAX_BYTES) throw new ValidationError([{ field: 'body', message: `${M}.photoTooLarge` }]);
  const clientId = photoClientId.toLowerCase();
  const sha256 = createHash('sha256').update(body).digest('hex');
  const db = tenantDb(ctx);
  const seen = await db.selectFrom('village_evidence_photos').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  if (seen) {
    if (seen.realization_id !== realization.id || seen.sha256 !== sha256) throw new ConflictError(`${M}.clientIdReused`);
    return { created: false, view: viewOf(seen) };
  }
  const kind = photoKind(body);
  if (realization.status === 'verified') throw new ConflictError(`${M}.alreadyVerified`);
  return inTransaction(ctx, async (tx) => {
    const file = await storeFile(tx, body, kind.type, `foto-${clientId}.${kind.ext}`);
    const row = {
      id: newId(),
      realization_id: realization.id,
      client_id: clientId,
      file_id: file.id,
      sha256,
      content_type: kind.type,
      size: body.length,
    };
    await tenantDb(tx)
      .insertInto('village_evidence_photos', { ...row, created_at: tx.platform.now().toISOString(), created_by: tx.actor.userId })
      .execute();
    await recordAudit(tx, 'villages.realization_photo_added', {
      objectType: 'village_realization',
      objectId: realization.id,
      data: { sha256 },
    });
    return { created: true, view: viewOf(row) };
  });
}

/** `PUT …/realizations/:clientId/photos/:photoClientId`: see the file comment. `created` says 201 or 200. */
export async function putPhoto(ctx: RequestContext, realizationClientId: string, photoClientId: string, body: unknown) {
  try {
    return await putPhotoOnce(ctx, realizationClientId, photoClientId, body);
  } catch (err) {
    // Two copies of one upload raced: the loser answers as a retry (or 409 for other bytes).
    if (isUniqueViolation(err)) return putPhotoOnce(ctx, realizationClientId, photoClientId, body);
    throw err;
  }
}
