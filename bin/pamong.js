#!/usr/bin/env node
// The `pamong` command. Pamong runs its TypeScript sources through tsx (no build step for the server).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
