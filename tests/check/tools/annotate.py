#!/usr/bin/env python3
"""Re-derives the `// ERROR "regexp"` annotations of tests/check files from gc.

    tools/annotate.py [--go GO] FILE.go...

For each file (rewritten in place): strips existing trailing `// ERROR ...`
comments, compiles the file with `GO tool compile -p=p -C -e` (as the
errorcheck harness's gc_compile.sh does), and appends one annotation per gc
message to the line gc reports it on. Each regexp is gc's full message with
RE2 metacharacters escaped, `"` replaced by `.`, tab continuation lines as
`\\n\\t`, and every `FILE:LINE:COL` position inside the message written as
`LINE[+-n](:[0-9]+)?`. Review the result and run gofmt afterwards (except on
imports.go, whose duplicate import gofmt would delete, and defer_go.go, which
go/parser rejects). Use it to add cases; never hand-write expected messages.
"""
import argparse, os, re, subprocess, sys, tempfile

def esc(s):
    out = []
    for ch in s:
        if ch in '\\.+*?()|[]{}^$':
            out.append('\\' + ch)
        elif ch == '"':
            out.append('.')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        else:
            out.append(ch)
    return ''.join(out)

def gc_entries(go, path):
    with tempfile.TemporaryDirectory() as d:  # never -o /dev/null
        r = subprocess.run([go, 'tool', 'compile', '-p=p', '-C', '-e', '-o',
                            os.path.join(d, 'a.o'), path],
                           capture_output=True, text=True)
    entries = []
    for l in (r.stdout + r.stderr).split('\n'):
        if l.startswith('\t') and entries:
            entries[-1] += '\n' + l
        elif l.strip():
            entries.append(l)
    return entries

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--go', default='/usr/lib/go-1.19/bin/go')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    for f in args.files:
        path = os.path.abspath(f)
        base = os.path.basename(path)
        lines = open(path).read().split('\n')
        lines = [re.sub(r'\s*// (?:GC_)?ERROR .*$', '', l) for l in lines]
        open(path, 'w').write('\n'.join(lines))
        per = {}
        for e in gc_entries(args.go, path):
            e = e.replace(path, base)
            m = re.match(re.escape(base) + r':(\d+): (.*)', e, re.S)
            if not m:
                sys.exit('unexpected gc output: ' + e)
            ln, msg = int(m.group(1)), m.group(2)
            msg = re.sub(re.escape(base) + r':(\d+):\d+',
                         lambda mm: '\x00%s\x00' % mm.group(1), msg)
            rx = esc(msg)
            def pos(mm):
                d = int(mm.group(1)) - ln
                return 'LINE%s(:[0-9]+)?' % ('' if d == 0 else '%+d' % d)
            rx = re.sub('\x00(\\d+)\x00', pos, rx)
            per.setdefault(ln, []).append(rx)
        for ln, rxs in per.items():
            lines[ln - 1] += ' // ERROR ' + ' '.join('"%s"' % x for x in rxs)
        open(path, 'w').write('\n'.join(lines))
        print('%s: %d annotations' % (f, sum(len(v) for v in per.values())))

if __name__ == '__main__':
    main()
