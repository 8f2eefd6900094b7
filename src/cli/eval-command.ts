import { loadCase } from '../sim/policy/case.ts';
import { evaluate } from '../sim/policy/index.ts';
import type { Command, CommandResult } from './command.ts';

const fail = (message: string): CommandResult => ({
  stdout: '',
  stderr: `lab eval: ${message}\n`,
  exitCode: 2,
});

/** `lab eval FILE|-`: evaluates policy cases (spec/policy-case.md) and prints `{id, decision, explanation}`. */
export const evalCommand: Command = {
  summary: 'evaluate policy cases and print each decision with its explanation',
  usage: 'lab eval FILE   (FILE is a JSON case or array of cases; - reads stdin)',
  run(args, io) {
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0)
      return fail(`expected one FILE argument\nusage: ${this.usage}`);
    let text: string;
    try {
      text = file === '-' ? io.readStdin() : io.readFile(file);
    } catch (error) {
      return fail(`cannot read ${file}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(`${file === '-' ? 'stdin' : file} is not valid JSON: ${(error as Error).message}`);
    }
    const cases = Array.isArray(json) ? json : [json];
    const results = [];
    for (const [index, raw] of cases.entries()) {
      const loaded = loadCase(raw, index);
      if (!loaded.ok) return fail(loaded.message);
      const { decision, explanation } = evaluate(loaded.value.request, loaded.value.policies);
      results.push({ id: loaded.value.id, decision, explanation });
    }
    return { stdout: `${JSON.stringify(results, null, 2)}\n`, stderr: '', exitCode: 0 };
  },
};
