#!/usr/bin/env python3
"""Compares gocc's inlinability of the bundled standard library with gc's.

    check.py GOCC [--update]

gocc's decisions come from `gocc ir --inline-costs` on a program importing every bundled
package; gc's from gc.txt (gen.sh). Over the functions both have (function literals aside),
it counts those whose inlinability agrees and those whose cost is equal. A function whose
inlinability differs must be listed in known.txt, with both costs; the list only shrinks: a
listed function that agrees now fails the test until it is removed (--update rewrites it).
The inlinability of library functions decides gocc -m's `inlining call to` lines and the costs
of the user's functions that call them.
"""
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
stdlib = os.path.join(here, '..', '..', '..', 'stdlib')


def packages():
    found = set()
    for root, _, files in os.walk(stdlib):
        if any(f.endswith('.go') for f in files):
            path = os.path.relpath(root, stdlib)
            if not path.startswith('internal'):
                found.add(path)
    return sorted(found)


def read_costs(lines):
    costs = {}
    for line in lines:
        parts = line.split(' ', 2)
        if len(parts) >= 2 and parts[0] not in costs:
            costs[parts[0]] = int(parts[1])
    return costs


def main():
    gocc = sys.argv[1]
    update = '--update' in sys.argv[2:]
    with tempfile.TemporaryDirectory(prefix='build-inl-') as tmp:
        prog = os.path.join(tmp, 'all.go')
        with open(prog, 'w') as f:
            f.write('package main\n\nimport (\n')
            for p in packages():
                f.write('\t_ "%s"\n' % p)
            f.write(')\n\nfunc main() {}\n')
        out = subprocess.run([gocc, 'ir', '--inline-costs', prog], capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr)
            print('FAIL: gocc ir --inline-costs exited %d' % out.returncode)
            return 1
    gocc_costs = read_costs(out.stdout.splitlines())
    with open(os.path.join(here, 'gc.txt')) as f:
        gc_costs = read_costs(f.read().splitlines())
    both = sorted(k for k in gocc_costs if k in gc_costs and not re.search(r'\.func\d', k))
    differ = [k for k in both if (gocc_costs[k] >= 0) != (gc_costs[k] >= 0)]
    equal = [k for k in both if gocc_costs[k] == gc_costs[k]]
    known_path = os.path.join(here, 'known.txt')
    known = set()
    if os.path.exists(known_path):
        with open(known_path) as f:
            known = {line.split()[0] for line in f if line.strip() and not line.startswith('#')}
    print('%d functions in both: inlinability agrees on %d, cost equal on %d; %d differ (%d known)'
          % (len(both), len(both) - len(differ), len(equal), len(differ), len(known)))
    if update:
        with open(known_path, 'w') as f:
            f.write('# function gocc-cost gc-cost: inlinability differs from gc\'s (-1: not inlinable);'
                    ' the list only shrinks\n')
            for k in differ:
                f.write('%s %d %d\n' % (k, gocc_costs[k], gc_costs[k]))
        return 0
    status = 0
    for k in differ:
        if k not in known:
            print('NEW DIFFERENCE %s: gocc %d, gc %d' % (k, gocc_costs[k], gc_costs[k]))
            status = 1
    for k in sorted(known - set(differ)):
        print('NOW AGREES (remove from known.txt): %s' % k)
        status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
