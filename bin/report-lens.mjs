#!/usr/bin/env node
// The CLI is TypeScript that shares lib/ with the extension; tsx runs it without a separate build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
