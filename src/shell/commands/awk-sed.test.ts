import { describe, expect, it } from 'vitest';
import { sh } from '../testing.ts';

describe('awk and sed say what they do not support', () => {
  it.each([
    ['printf', `echo a | awk '{printf "%s", $1}'`],
    ['variables and assignment', "echo a | awk '{x = 1}'"],
    ['print > (output redirection)', `echo a | awk '{print $1 > "f"}'`],
    ['length()', "echo a | awk '{print length($0)}'"],
    ['-v (variables)', "echo a | awk -v x=1 '{print x}'"],
  ])('awk: %s', async (what, script) => {
    const r = await sh(script);
    expect(r.stderr).toBe(
      `awk: this simulated awk supports only '{print $1, $NF}', -F, NR, NF, "text", arithmetic, /regex/ and comparison patterns, BEGIN and END (not supported here: ${what})\n`,
    );
    expect(r.exitCode).toBe(2);
  });

  it.each([
    ['the y command', "echo a | sed 'y/a/b/'"],
    ['address ranges (a,b)', "echo a | sed '1,2d'"],
    ['-i (editing files in place)', "echo a > f; sed -i 's/a/b/' f"],
    ['case conversion (\\U) in replacements', "echo a | sed 's/a/\\U&/'"],
  ])('sed: %s', async (what, script) => {
    const r = await sh(script);
    expect(r.stderr).toBe(
      `sed: this simulated sed supports only s/re/text/[gpiN], p and d with an optional line, $ or /re/ address, -n, -e, -E (not supported here: ${what})\n`,
    );
    expect(r.exitCode).toBe(1);
  });

  it('feed aws output through them as a learner would', async () => {
    const r = await sh(
      "printf 'ROLES\\tarn:aws:iam::111111111111:role/A\\tA\\nROLES\\tarn:aws:iam::111111111111:role/B\\tB\\n' | awk -F '\\t' '/role\\/B/ {print $NF}'; echo arn:aws:iam::111111111111:role/A | sed -E 's/.*:role\\/(.*)/\\1/'",
    );
    expect(r).toEqual({ stdout: 'B\nA\n', stderr: '', exitCode: 0 });
  });
});
