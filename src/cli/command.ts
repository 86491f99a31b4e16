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

/** Prints help for one command. */
export function helpOf(cmd: CliCommand): string {
  const opts = Object.entries(cmd.options)
    .map(([name, o]) => `  --${name}${o.type === 'string' ? ' <value>' : ''}`)
    .join('\n');
  return `pamong ${cmd.words.join(' ')} — ${cmd.summary}\n\nUsage: ${cmd.usage}\n\nOptions:\n${opts}\n  --help`;
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
