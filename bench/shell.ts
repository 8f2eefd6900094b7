/**
 * Lab shell latency: feeds a 1,000-command script (builtins, aws iam/sts/s3 calls, jq, here-documents) line by line
 * through a lab session, as the terminal does, and prints each command's latency (median, p99, max) and the total.
 * A warm-up run of the same script in another session comes first. BENCH_SLOWEST=1 also lists the slowest commands.
 * Run with `npm run bench:shell`.
 */
import { createLabSession } from '../src/shell/session.ts';

type Kind = 'builtin' | 'aws' | 'jq' | 'heredoc';

const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}';

/** One round of 20 commands using index `i` (names stay unique across rounds). */
function round(i: number): [Kind, string][] {
  const role = `Bench${i}`;
  return [
    ['builtin', `echo "round ${i}"`],
    ['builtin', `N=$(( ${i} * 2 + 1 ))`],
    ['builtin', `mkdir -p work/r${i} && cd work/r${i}`],
    ['builtin', 'pwd'],
    ['builtin', 'cd ~'],
    ['heredoc', `cat > trust${i}.json <<'EOF'\n${JSON.stringify(JSON.parse(TRUST), null, 2)}\nEOF`],
    [
      'aws',
      `aws iam create-role --role-name ${role} --assume-role-policy-document file://trust${i}.json --query Role.Arn --output text`,
    ],
    ['aws', `aws iam get-role --role-name ${role} --query Role.MaxSessionDuration`],
    [
      'aws',
      `aws iam put-role-policy --role-name ${role} --policy-name Read --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'`,
    ],
    [
      'aws',
      `aws iam attach-role-policy --role-name ${role} --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess`,
    ],
    ['jq', `aws iam get-role --role-name ${role} | jq -r .Role.Arn`],
    ['aws', 'aws sts get-caller-identity --query Arn --output text'],
    [
      'aws',
      `aws sts assume-role --role-arn arn:aws:iam::111111111111:role/${role} --role-session-name s${i} --query Credentials.Expiration --output text`,
    ],
    ['aws', 'aws s3 ls'],
    ['aws', `aws iam list-attached-role-policies --role-name ${role} --output text`],
    ['aws', 'aws iam list-roles --query "length(Roles)"'],
    ['jq', `echo '{"items":[1,2,3],"name":"r${i}"}' | jq '.items | length'`],
    ['builtin', `[ -f trust${i}.json ] && echo present || echo missing`],
    ['builtin', `printf '%s=%s\\n' round ${i} | wc -l`],
    ['builtin', `export ROUND=${i}; echo $ROUND $N`],
  ];
}

const commands = Array.from({ length: 50 }, (_, i) => round(i)).flat();
if (commands.length !== 1000) throw new Error(`expected 1,000 commands, built ${commands.length}`);

/** Feeds every command; returns each one's wall and CPU time in ms, and which commands failed. */
async function runOnce(): Promise<{ times: number[]; cpu: number[]; failed: string[]; lines: number }> {
  const { shell } = createLabSession();
  const times: number[] = [];
  const cpu: number[] = [];
  const failed: string[] = [];
  let lines = 0;
  for (const [, command] of commands) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let result: Awaited<ReturnType<typeof shell.feed>> | undefined;
    for (const line of command.split('\n')) {
      result = await shell.feed(line);
      lines++;
    }
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    if (result?.status !== 'done' || result.exitCode !== 0) failed.push(command.split('\n')[0] ?? '');
  }
  return { times, cpu, failed, lines };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(3)} ms`;
function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${ms(quantile(sorted, 0.5))}, p99 ${ms(quantile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? 0)}`;
}

await runOnce(); // warm-up: JIT, caches, first-use module work
const { times, cpu, failed, lines } = await runOnce();
const total = times.reduce((a, b) => a + b, 0);
console.log(
  `lab shell: ${commands.length} commands (${lines} lines fed) through a lab session, after a warm-up run`,
);
console.log(`per command, wall clock: ${summary(times)} (target p99 < 5 ms)`);
// CPU time leaves out the time other processes held the core: the honest figure on a shared machine.
console.log(`per command, CPU time:   ${summary(cpu)}`);
console.log(
  `total: ${total.toFixed(1)} ms, ${(total / commands.length).toFixed(3)} ms per command on average`,
);
for (const kind of ['builtin', 'aws', 'jq', 'heredoc'] as const) {
  const own = times.filter((_, i) => commands[i]?.[0] === kind);
  console.log(`  ${kind.padEnd(8)} ${String(own.length).padStart(4)} commands: ${summary(own)}`);
}
if (process.env.BENCH_SLOWEST) {
  const order = times
    .map((t, i) => [t, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 15);
  for (const [t, i] of order) console.log(`${ms(t)}  #${i} ${commands[i]?.[1].split('\n')[0]}`);
}
if (failed.length > 0)
  console.log(`${failed.length} commands failed, e.g. ${failed.slice(0, 3).join(' | ')}`);
