import { addModuleMessages } from '../app.ts';
import { type CliCommand, helpOf, runCommand } from './command.ts';
import { backupCommands } from './commands/backup.ts';
import { jobsCommands } from './commands/jobs.ts';
import { orgCommands } from './commands/org.ts';
import { rotateMasterKeyCommand } from './commands/rotate-master-key.ts';
import { migrateCommand, serveCommand } from './commands/serve.ts';
import { tenantCommands } from './commands/tenant.ts';
import { userAuditCommands } from './commands/user-audit.ts';

const COMMANDS: CliCommand[] = [
  serveCommand,
  migrateCommand,
  ...tenantCommands,
  ...userAuditCommands,
  ...orgCommands,
  ...backupCommands,
  ...jobsCommands,
  rotateMasterKeyCommand,
];

function overview(): string {
  const lines = COMMANDS.map((c) => `  pamong ${c.words.join(' ').padEnd(16)} ${c.summary}`);
  return `Pamong — e-Office, e-SAKIP dan Sakip Desa untuk pemerintah daerah\n\nPerintah (commands):\n${lines.join('\n')}\n\nSetiap perintah punya --help; --json untuk keluaran yang dibaca skrip.`;
}

/** Entry of the `pamong` CLI: finds the longest matching command words and runs it. */
export async function main(argv: string[]): Promise<number> {
  addModuleMessages();
  const match = COMMANDS.filter((c) => c.words.every((w, i) => argv[i] === w)).sort((a, b) => b.words.length - a.words.length)[0];
  if (!match) {
    const partial = COMMANDS.filter((c) => c.words[0] === argv[0]);
    process[argv.length && !['--help', 'help', '-h'].includes(argv[0]) ? 'stderr' : 'stdout'].write(
      `${partial.length ? partial.map(helpOf).join('\n\n') : overview()}\n`,
    );
    return argv.length && !['--help', 'help', '-h'].includes(argv[0]) ? 2 : 0;
  }
  return runCommand(match, argv.slice(match.words.length));
}
