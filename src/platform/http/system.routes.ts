import { sql } from 'kysely';
import { z } from 'zod';
import { platformDb } from '../../db/system-db.ts';
import { defineRoutes } from './define-routes.ts';

/** Health and API-description endpoints of the running process. */
export function systemRoutes(version: string) {
  return defineRoutes('system', (r) => {
    r.publicRoute({
      method: 'GET',
      url: '/api/health',
      summary: 'Kesehatan layanan (health): status, database, version',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), version: z.string() }) },
      handler: async ({ pub }) => {
        await sql`select 1`.execute(platformDb(pub));
        return { status: 'ok' as const, database: pub.db.dialect, version };
      },
    });
    r.publicRoute({
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'Dokumen OpenAPI 3 dari semua rute (OpenAPI document)',
      handler: async ({ request }) => request.server.swagger(),
    });
  });
}
