import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** An error the user can fix: printed as one line, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Splits argv into positional arguments and `--name value` / `--name=value` options. */
export function parseArgs(args: string[], known: Record<string, 'string' | 'boolean'>): { positional: string[]; options: Record<string, string | boolean> } {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const type = known[name];
    if (!type) throw new CliError(`unknown option --${name}`);
    if (type === 'boolean') {
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new CliError(`option --${name} needs a value`);
    options[name] = value;
  }
  return { positional, options };
}

/** Writes a chunk and waits for the stream to drain when its buffer is full. */
export function write(stream: Writable, chunk: string): Promise<void> | void {
  if (!stream.write(chunk)) {
    return new Promise((resolve) => stream.once('drain', () => resolve()));
  }
}

/** Writes the file `--out` names; one that cannot be written is a one-line user error (exit 1), not a stack trace. */
export async function writeOutFile(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`cannot write ${path}: ${why}`, 1);
  }
}
