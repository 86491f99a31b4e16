import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Config, ConfigError, loadDotEnv, parseConfig } from '../platform/config/config.ts';
import { translate } from '../platform/i18n/i18n.ts';
import { DomainError } from '../shared/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** One `pamong` command: its words, help text, options and what it does. */
export interface CliCommand {
  readonly words: string[];
  readonly summary: string;
  readonly usage: string;
  readonly options: Options;
  /** Help text of options whose meaning differs from the common one in OPTION_HELP. */
  readonly optionHelp?: Readonly<Record<string, string>>;
  run(input: {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    config: () => Config;
    out: CliOutput;
  }): Promise<number>;
}

/** Where commands write: plain lines for people, one JSON object for scripts. */
export interface CliOutput {
  readonly json: boolean;
  line(text: string): void;
  result(value: unknown, human: () => void): void;
  error(text: string): void;
}

function output(json: boolean): CliOutput {
  return {
    json,
    line: (text) => process.stdout.write(`${text}\n`),
    result: (value, human) => (json ? process.stdout.write(`${JSON.stringify(value, null, 2)}\n`) : human()),
    error: (text) => process.stderr.write(`${text}\n`),
  };
}

/** Loads `.env` then parses the configuration; a bad variable ends the process with its name. */
export function loadConfig(): Config {
  loadDotEnv();
  return parseConfig(process.env);
}

/** What the common options mean (Indonesian first, English after the slash). */
const OPTION_HELP: Readonly<Record<string, string>> = {
  tenant: 'pemda: slug atau kode Kemendagri, mis. karanganyar atau 33.13 / regency slug or code',
  out: 'berkas atau folder tujuan / output file or folder',
  slug: 'nama singkat untuk masuk, mis. karanganyar / short name used at login',
  'dry-run': 'hanya periksa, jangan simpan / check only, write nothing',
  force: 'timpa basis data yang tidak kosong / overwrite a non-empty database',
  name: 'nama tampilan / display name',
  email: 'e-mail untuk masuk / login e-mail',
  nip: 'NIP 18 digit untuk masuk / 18-digit NIP for login',
  role: 'peran, dipisah koma / roles, comma-separated',
  password: 'kata sandi (lebih aman lewat PAMONG_PASSWORD) / password (safer via PAMONG_PASSWORD)',
  json: 'keluaran satu objek JSON untuk skrip / one JSON object for scripts',
  help: 'bantuan ini / this help',
};

/** Prints help for one command. */
export function helpOf(cmd: CliCommand): string {
  const names = [...Object.keys(cmd.options), 'json', 'help'];
  const flag = (name: string) => `--${name}${cmd.options[name]?.type === 'string' ? ' <value>' : ''}`;
  const width = Math.max(...names.map((n) => flag(n).length)) + 2;
  const lines = names.map((n) => `  ${flag(n).padEnd(width)}${cmd.optionHelp?.[n] ?? OPTION_HELP[n] ?? ''}`.trimEnd());
  return `pamong ${cmd.words.join(' ')} — ${cmd.summary}\n\nUsage: ${cmd.usage}\n\nOptions:\n${lines.join('\n')}`;
}

function describeError(err: unknown): string {
  if (err instanceof ConfigError) return err.message;
  if (err instanceof DomainError) {
    const fields = err.fields.map((f) => `  ${f.field}: ${translate('id', f.message, f.params ?? {})}`).join('\n');
    return [translate('id', err.messageKey, err.params), fields].filter(Boolean).join('\n');
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** Runs a command with its arguments; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCommand(cmd: CliCommand, args: string[]): Promise<number> {
  const options: Options = { ...cmd.options, help: { type: 'boolean' }, json: { type: 'boolean' } };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${helpOf(cmd)}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${helpOf(cmd)}\n`);
    return 0;
  }
  const out = output(Boolean(parsed.values.json));
  try {
    return await cmd.run({ values: parsed.values as never, positionals: parsed.positionals, config: loadConfig, out });
  } catch (err) {
    if (out.json) process.stdout.write(`${JSON.stringify({ error: describeError(err) })}\n`);
    out.error(`Gagal (failed): ${describeError(err)}`);
    return 1;
  }
}
