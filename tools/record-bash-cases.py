#!/usr/bin/env python3
"""Records cases for src/shell/bash-cases.json by running them through the real GNU bash.

Each script runs as `bash -c SCRIPT` with LC_ALL=C and HOME=cwd=/tmp, where /tmp is a fresh empty tmpfs
(a private mount namespace made by `unshare -rm`), so file names and paths match the simulated shell's.

bash's stderr is normalised the way the simulated shell prints it: the `-c: line N: ` (or `line N: `) after
`bash: ` goes, `environment:` (bash's name for a function defined by `-c`) reads `bash:`, and the line
quoting the offending source after a syntax error is dropped.

    tools/record-bash-cases.py new-scripts.json   # appends the scripts (a JSON list of strings) not yet recorded
    tools/record-bash-cases.py --check            # re-runs every recorded case and lists those bash now disagrees with
"""

import json
import re
import subprocess
import sys
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent / 'src' / 'shell' / 'bash-cases.json'
PREFIX = re.compile(r'^(?:bash|environment): (?:-c: )?(?:line \d+: )?', re.M)
SOURCE_ECHO = re.compile(r'^bash: -c: line \d+: `.*\n', re.M)


def run(script: str) -> dict:
    inner = 'mount -t tmpfs tmpfs /tmp && cd /tmp && exec env -i LC_ALL=C HOME=/tmp PATH=/usr/bin:/bin bash -c "$0"'
    proc = subprocess.run(['unshare', '-rm', 'sh', '-c', inner, script], capture_output=True, timeout=30)
    stderr = proc.stderr.decode('utf-8', 'surrogateescape')
    stderr = PREFIX.sub('bash: ', SOURCE_ECHO.sub('', stderr))
    return {
        'script': script,
        'stdout': proc.stdout.decode('utf-8', 'surrogateescape'),
        'stderr': stderr,
        'exitCode': proc.returncode,
    }


def main(argv: list[str]) -> int:
    data = json.loads(CASES.read_text())
    if argv == ['--check']:
        differ = [c['script'] for c in data['cases'] if run(c['script']) != c]
        for script in differ:
            print(f'differs: {script!r}')
        return 1 if differ else 0
    known = {c['script'] for c in data['cases']}
    added = 0
    for path in argv:
        for script in json.loads(Path(path).read_text()):
            if script in known:
                continue
            data['cases'].append(run(script))
            known.add(script)
            added += 1
    CASES.write_text(json.dumps(data, indent=2) + '\n')
    print(f'recorded {added} new case(s)')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
