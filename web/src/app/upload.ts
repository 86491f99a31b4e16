/**
 * A multipart file upload that reports its progress (XMLHttpRequest, since fetch cannot report upload progress).
 * Answers and errors have the same shapes as the rest of the API client (`api.ts`).
 */
import { ApiError, type FieldError } from './api.ts';

/** Upload progress: the share sent (0–100), then `null` while the server checks the file. */
export type UploadProgress = (percent: number | null) => void;

/** How an upload is sent: the session's CSRF token, the answer's language, progress. */
export interface FileUploadOptions {
  csrfToken: string;
  language: string;
  onProgress: UploadProgress;
}

/** The API error of a finished or failed request (status 0: the network). */
function errorOf(xhr: XMLHttpRequest): ApiError {
  let error: { code?: string; message?: string; fields?: FieldError[] } | undefined;
  try {
    error = (JSON.parse(xhr.responseText) as { error?: typeof error }).error;
  } catch {
    error = undefined;
  }
  if (xhr.status === 0) return new ApiError({ status: 0, code: 'network', message: 'network' });
  return new ApiError({
    status: xhr.status,
    code: error?.code ?? `http_${xhr.status}`,
    message: error?.message ?? `HTTP ${xhr.status}`,
    fields: error?.fields,
  });
}

/** POSTs `file` as the multipart field `file` to `url` (with its query) and answers the parsed JSON. */
export function uploadFile<T>(url: string, file: File, opts: FileUploadOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', opts.language);
    xhr.setRequestHeader('x-csrf-token', opts.csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) opts.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => opts.onProgress(null);
    xhr.onerror = () => reject(errorOf(xhr));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
      else reject(errorOf(xhr));
    };
    const form = new FormData();
    form.append('file', file);
    opts.onProgress(0);
    xhr.send(form);
  });
}
