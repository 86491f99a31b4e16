// One HTTP exchange with BSrE: Basic Auth, a hard deadline, the whole body read under that deadline.
import { transportFailure } from './bsre-failures.ts';

/** Where BSrE is and how Pamong's application account logs in to it. */
export interface BsreConnection {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
}

/** A BSrE answer, fully read. */
export interface BsreResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

/** A request to one BSrE path. The body may carry the passphrase, so it is never logged. */
export interface BsreRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: FormData | string;
  readonly contentType?: string;
}

/** Sends requests to BSrE; rejects with SigningFailure ('timeout' or 'unavailable') when no answer arrives. */
export type BsreSend = (request: BsreRequest) => Promise<BsreResponse>;

/** Joins the base URL and an absolute API path without doubling or dropping slashes. */
export function bsreUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** Creates the sender for one configured BSrE account. */
export function createBsreSend(connection: BsreConnection): BsreSend {
  const fetchImpl = connection.fetchImpl ?? fetch;
  const authorization = `Basic ${Buffer.from(`${connection.username}:${connection.password}`).toString('base64')}`;
  return async (request) => {
    const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json, application/pdf' };
    if (request.contentType) headers['Content-Type'] = request.contentType;
    try {
      // SECURITY: one AbortSignal covers connect, headers and body, so a stalled BSrE cannot hang a signing.
      const response = await fetchImpl(bsreUrl(connection.baseUrl, request.path), {
        method: request.method,
        headers,
        body: request.body,
        signal: AbortSignal.timeout(connection.timeoutMs),
      });
      const body = Buffer.from(await response.arrayBuffer());
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
    } catch (error) {
      throw transportFailure(error, connection.timeoutMs);
    }
  };
}
