import { hostname } from 'node:os';
import { buildApp } from '../../app.ts';
import { createScheduler, createWorker } from '../../platform/jobs/index.ts';
import type { CliCommand } from '../command.ts';
import { seedDemo } from '../demo-seed.ts';

const ROLES = ['all', 'web', 'worker'] as const;

/** `pamong serve`: the web server, the job worker, or both (default), in this process. */
export const serveCommand: CliCommand = {
  words: ['serve'],
  summary: 'Jalankan Pamong: web + worker (default), atau salah satunya (start the server)',
  usage: 'pamong serve [--role=all|web|worker] [--demo]',
  options: { role: { type: 'string', default: 'all' }, demo: { type: 'boolean' } },
  optionHelp: {
    role: 'all (web + worker), web, atau worker / which loops this process runs',
    demo: 'buat pemda demo pada basis data kosong dan cetak loginnya / seed and print the demo logins',
  },
  async run({ values, config, out }) {
    const role = values.role as (typeof ROLES)[number];
    if (!ROLES.includes(role)) throw new Error(`--role harus salah satu dari ${ROLES.join(', ')}`);
    const cfg = config();
    const started = Date.now();
    const app = await buildApp(cfg);
    if (values.demo) {
      const { created, logins } = await seedDemo(app.db, app.platform);
      if (logins.length) {
        out.line(created ? '\nPemda demo dibuat (demo regency created).' : '\nPemda demo sudah ada (demo regency already here).');
        out.line('Login demo (kata sandi sama untuk semua / same password for all):');
        for (const l of logins)
          out.line(
            `  pemda: ${l.tenant.padEnd(9)} pengguna: ${l.username.padEnd(32)} sandi: ${l.password}  peran: ${l.roles.join(',')}`,
          );
      }
    }
    const workerId = `${hostname()}:${process.pid}`;
    const worker = createWorker({
      db: app.db,
      jobs: app.jobs,
      workerId,
      pollMs: cfg.jobPollMs,
      onError: (err) => app.http.log.error({ err }, 'job failed'),
    });
    const scheduler = createScheduler({
      db: app.db,
      schedules: app.schedules,
      workerId,
      onError: (err) => app.http.log.error({ err }, 'schedule failed'),
    });
    if (role !== 'web') {
      worker.start();
      scheduler.start();
    }
    if (role !== 'worker') {
      const address = await app.http.listen({ port: cfg.http.port, host: cfg.http.host });
      out.line(
        `Pamong ${role === 'all' ? 'web+worker' : 'web'} siap di ${address.replace('127.0.0.1', 'localhost')} (database: ${app.db.dialect}, ${Date.now() - started} ms)`,
      );
    } else out.line(`Pamong worker ${workerId} berjalan (database: ${app.db.dialect})`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await worker.stop();
    await scheduler.stop();
    await app.close();
    return 0;
  },
};

/** `pamong migrate`: brings the database to the latest schema. */
export const migrateCommand: CliCommand = {
  words: ['migrate'],
  summary: 'Terapkan migrasi basis data (apply database migrations)',
  usage: 'pamong migrate [--json]',
  options: {},
  async run({ config, out }) {
    const { openDatabase } = await import('../../db/connection.ts');
    const { migrateToLatest } = await import('../../db/migrate.ts');
    const db = openDatabase(config().database.url);
    try {
      const applied = await migrateToLatest(db);
      out.result({ applied, dialect: db.dialect }, () =>
        out.line(applied.length ? `Diterapkan: ${applied.join(', ')}` : 'Basis data sudah mutakhir (up to date).'),
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
