/**
 * Photos are shrunk on the phone before they are queued: at most 1280 px on the long side, JPEG, so a slow
 * connection sends a few hundred kB instead of a 5 MB camera file. `createImageBitmap` reads the file without a
 * blob: URL (the CSP allows only `self` and `data:` images); the preview is a small data: URL.
 */

/** Longest side of a queued photo, in pixels. */
export const PHOTO_MAX_SIDE = 1280;
const PREVIEW_SIDE = 160;

/** Width and height scaled to fit within `max` on the long side (never enlarged). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function draw(bitmap: ImageBitmap, max: number): HTMLCanvasElement {
  const size = fitWithin(bitmap.width, bitmap.height, max);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  return canvas;
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/jpeg', quality);
  });
}

/** A picked photo, downscaled: the JPEG to queue and a small preview. */
export interface ShrunkPhoto {
  blob: Blob;
  thumbnail: string;
}

/** Downscales a picked image file to a ≤1280 px JPEG (EXIF rotation applied) with a 160 px preview. */
export async function shrinkPhoto(file: Blob): Promise<ShrunkPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const blob = await toJpeg(draw(bitmap, PHOTO_MAX_SIDE), 0.8);
    const thumbnail = draw(bitmap, PREVIEW_SIDE).toDataURL('image/jpeg', 0.6);
    return { blob, thumbnail };
  } finally {
    bitmap.close();
  }
}
