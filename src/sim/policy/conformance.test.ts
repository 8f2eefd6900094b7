import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from './case.ts';
import { evaluate } from './evaluate.ts';
import { explainText } from './explain-text.ts';

const dir = join(import.meta.dirname, 'conformance');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const seen = new Map<string, string>();

for (const file of files) {
  const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const cases = Array.isArray(json) ? json : [json];
  describe(file, () => {
    for (const [index, raw] of cases.entries()) {
      const loaded = loadCase(raw, index);
      const id = loaded.ok ? loaded.value.id : `case ${index}`;
      it(id, () => {
        if (!loaded.ok) throw new Error(`${file}: ${loaded.message}`);
        const previous = seen.get(id);
        expect(previous, `id ${id} also used in ${previous}`).toBeUndefined();
        seen.set(id, file);
        expect(loaded.value.expected, `${id} has no expected.decision`).toBeDefined();
        const result = evaluate(loaded.value.request, loaded.value.policies);
        expect(result.decision, explainText(result)).toBe(loaded.value.expected);
      });
    }
  });
}
