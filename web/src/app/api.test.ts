import { afterEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../test-support/fetch-stub.ts';
import { ApiError, api, csrfTokenSetterFromNow, queryString, setCsrfToken, setLanguageSource } from './api.ts';

const mockFetch = (response: Response) => stubFetch(async () => response.clone());

afterEach(() => {
  setCsrfToken(null);
});

describe('api', () => {
  it('sends the language, and the CSRF token only on non-GET requests', async () => {
    setLanguageSource(() => 'en');
    setCsrfToken('tok-1');
    const fetchMock = mockFetch(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await api('/api/x');
    await api('/api/y', { method: 'POST', body: { a: 1 } });
    const [getHeaders, postHeaders] = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers));
    expect(getHeaders!.get('accept-language')).toBe('en');
    expect(getHeaders!.get('x-csrf-token')).toBeNull();
    expect(postHeaders!.get('x-csrf-token')).toBe('tok-1');
    expect(postHeaders!.get('content-type')).toBe('application/json');
    expect(fetchMock.mock.calls[1]![1]?.credentials).toBe('same-origin');
  });

  it('lets a late setter set the CSRF token only while no other token was set after it was made', async () => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    const sentToken = async () => {
      await api('/api/z', { method: 'POST' });
      return new Headers(fetchMock.mock.calls.at(-1)?.[1]?.headers).get('x-csrf-token');
    };
    csrfTokenSetterFromNow()('tok-probe');
    expect(await sentToken()).toBe('tok-probe');
    const lateSetter = csrfTokenSetterFromNow();
    setCsrfToken('tok-login');
    lateSetter(null);
    expect(await sentToken()).toBe('tok-login');
  });

  it('leaves the content type of multipart uploads to the browser', async () => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    const form = new FormData();
    form.append('file', new Blob(['x']), 'org.xlsx');
    await expect(api('/api/upload', { method: 'POST', body: form })).resolves.toBeUndefined();
    expect(new Headers(fetchMock.mock.calls[0]![1]?.headers).get('content-type')).toBeNull();
    expect(fetchMock.mock.calls[0]![1]?.body).toBe(form);
  });

  it('throws ApiError with status, code, message, fields and Retry-After', async () => {
    const body = {
      error: { code: 'rate_limited', message: 'Terlalu banyak percobaan', fields: [{ field: 'password', message: 'x' }] },
    };
    mockFetch(new Response(JSON.stringify(body), { status: 429, headers: { 'retry-after': '42' } }));
    const error = await api('/api/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Terlalu banyak percobaan',
      retryAfterSeconds: 42,
    });
    expect((error as ApiError).fields).toEqual([{ field: 'password', message: 'x' }]);
  });
});

describe('queryString', () => {
  it('drops empty values', () => {
    expect(queryString({ q: '', page: 2, pageSize: undefined })).toBe('?page=2');
    expect(queryString({ q: undefined })).toBe('');
  });
});
