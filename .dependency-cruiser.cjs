/** Module boundaries of Pamong (see ARCHITECTURE.md). Parsed with swc because TypeScript 7 has no JS API. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'platform-not-to-modules',
      severity: 'error',
      from: { path: '^src/(platform|db|shared)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-only-via-public-api',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/(?!index\\.ts$)', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'raw-connection-fenced',
      comment: 'SECURITY: only db/ and the fenced admin tools may touch the raw connection',
      severity: 'error',
      from: { pathNot: '^src/(db/|platform/backup/|app\\.ts|cli/)|\\.test\\.ts$|^test/|^bench/' },
      to: { path: '^src/db/connection\\.ts$' },
    },
    {
      name: 'unscoped-db-fenced',
      comment: 'SECURITY: unscopedDb/platformDb only from platform code, tenant set-up, audit verification, seeds',
      severity: 'error',
      from: {
        path: '^src/modules/',
        pathNot:
          '\\.test\\.ts$|^src/modules/organization/(tenants\\.repository|tenant-setup\\.service)\\.ts$|^src/modules/audit/audit\\.service\\.ts$|^src/modules/documents/verification-index\\.ts$',
      },
      to: { path: '^src/db/system-db\\.ts$' },
    },
    {
      name: 'web-only-contracts',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: '^src/(modules/[^/]+/[^/]+\\.contract\\.ts|shared/)' },
    },
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules|web/dist' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
