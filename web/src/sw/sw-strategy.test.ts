import { describe, expect, it } from 'vitest';
import { strategyFor } from './sw-strategy.ts';

const ORIGIN = 'https://pamong.example';
const s = (method: string, path: string, mode = 'cors', origin = ORIGIN) =>
  strategyFor(method, new URL(path, origin), ORIGIN, mode);

describe('service worker strategy', () => {
  it.each([
    ['GET', '/api/villages/desa/0190a0b0-0000-7000-8000-000000000001/accountability?year=2026', 'cors', 'network-first'],
    ['GET', '/api/auth/session', 'cors', 'network-first'],
    ['GET', '/api/villages/idm?year=2026', 'cors', 'passthrough'],
    ['GET', '/api/performance/realizations', 'cors', 'passthrough'],
    ['GET', '/api/villages/desa/x/accountability/extra', 'cors', 'passthrough'],
    ['PUT', '/api/villages/realizations/0190a0b0-0000-7000-8000-000000000002', 'cors', 'passthrough'],
    ['POST', '/api/auth/logout', 'cors', 'logout'],
    ['POST', '/api/auth/logout-all', 'cors', 'logout'],
    ['GET', '/sakip-desa/laporan', 'navigate', 'navigation'],
    ['GET', '/api/villages/idm/export?year=2026', 'navigate', 'passthrough'],
    ['GET', '/assets/index-abc123.js', 'cors', 'cache-first'],
    ['GET', '/manifest.webmanifest', 'cors', 'cache-first'],
    ['GET', '/sw.js', 'cors', 'passthrough'],
  ])('%s %s (%s) → %s', (method, path, mode, expected) => {
    expect(s(method, path, mode)).toBe(expected);
  });

  it('never touches another origin', () => {
    expect(s('GET', '/assets/x.js', 'cors', 'https://cdn.example')).toBe('passthrough');
  });
});
