import type { CommandSpec } from '../types.ts';
import { awk } from './awk.ts';
import { base64 } from './base64.ts';
import { cat } from './cat.ts';
import { cp, mv } from './copy.ts';
import { date } from './date.ts';
import { echo } from './echo.ts';
import { chmod, mkdir, rm, rmdir, touch } from './files.ts';
import { grep } from './grep.ts';
import { head, tail } from './head-tail.ts';
import { jq } from './jq.ts';
import { ls } from './ls.ts';
import { basename, dirname, seq, sort, tee, uniq } from './misc.ts';
import { printf } from './printf.ts';
import { sed } from './sed.ts';
import { clear, env, falseCommand, hostname, printenv, pwd, sleep, trueCommand, whoami } from './system.ts';
import { test } from './test.ts';
import { tr } from './tr.ts';
import { unzip } from './unzip.ts';
import { wc } from './wc.ts';
import { zip } from './zip.ts';

/** The tools every shell starts with; hosts add (or replace) commands through `createShell({ commands })`. */
const readers: readonly CommandSpec[] = [
  awk,
  base64,
  cat,
  grep,
  head,
  jq,
  sed,
  sort,
  tail,
  tee,
  tr,
  uniq,
  wc,
];

export const defaultCommands: Readonly<Record<string, CommandSpec>> = Object.fromEntries(
  Object.entries({
    awk,
    base64,
    basename,
    cat,
    chmod,
    clear,
    cp,
    date,
    dirname,
    echo,
    env,
    false: falseCommand,
    grep,
    head,
    hostname,
    jq,
    ls,
    mkdir,
    mv,
    printenv,
    printf,
    pwd,
    rm,
    rmdir,
    sed,
    seq,
    sleep,
    sort,
    tail,
    tee,
    test,
    '[': test,
    touch,
    tr,
    true: trueCommand,
    uniq,
    unzip,
    wc,
    whoami,
    zip,
  }).map(([name, spec]) => [name, readers.includes(spec) ? { ...spec, readsStdin: true } : spec]),
);
