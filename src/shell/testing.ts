import { createShell, type ShellOptions } from './shell.ts';

/** Runs a script in a fresh shell and returns what the screen would show (for tests). */
export async function sh(script: string, options: ShellOptions = {}) {
  const shell = createShell(options);
  const { stdout, stderr, exitCode } = await shell.run(script);
  return { stdout, stderr, exitCode };
}
