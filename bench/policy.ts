/**
 * Policy engine throughput: evaluates every conformance case in a loop for a few seconds on one core
 * and prints decisions per second. Run with `npm run bench:policy`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedCase, loadCase } from '../src/sim/policy/case.ts';
import { evaluate } from '../src/sim/policy/index.ts';

const dir = join(import.meta.dirname, '..', 'src', 'sim', 'policy', 'conformance');
const cases: LoadedCase[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const [i, raw] of (Array.isArray(json) ? json : [json]).entries()) {
    const loaded = loadCase(raw, i);
    if (!loaded.ok) throw new Error(`${file}: ${loaded.message}`);
    cases.push(loaded.value);
  }
}
if (cases.length === 0) throw new Error('no conformance cases found');

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
let mismatches = 0;
for (const c of cases) if (evaluate(c.request, c.policies).decision !== c.expected) mismatches++;

// Warm up the JIT and the compile caches, then measure wall time and this process's CPU time
// (CPU time keeps the figure honest on a shared machine).
for (let i = 0; i < 200; i++) for (const c of cases) evaluate(c.request, c.policies);
const deadline = performance.now() + seconds * 1000;
let decisions = 0;
const start = performance.now();
const cpuStart = process.cpuUsage();
while (performance.now() < deadline) {
  for (const c of cases) evaluate(c.request, c.policies);
  decisions += cases.length;
}
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `policy engine: ${cases.length} cases, ${decisions} decisions in ${elapsed.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
);
console.log(
  `${fmt(decisions / cpuSeconds)} decisions/s per CPU second (${fmt(decisions / elapsed)}/s wall clock; target 300,000)`,
);
if (mismatches) console.log(`${mismatches} cases disagree with their expected decision`);
