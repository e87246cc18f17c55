#!/usr/bin/env python3
"""Turns a Go escape test (an errorcheck file of package anything) into a program that runs one
of its functions: `prog NAME` calls the niladic function NAME under recover() and exits 0.

  runnable_gen.py SRC OUT   writes OUT, prints the names of the niladic functions, one per line,
                            each followed by " go" when its body has a go statement

Functions declared without a body (//go:noescape, assembly) get one that panics, and the
//go:noescape lines go (gc rejects them on a function with a body); a file with its own main
keeps it and lists only "main". A function that starts goroutines may print nondeterministically:
whether they run before the program exits is the scheduler's choice (gc's run them on other
threads at once, gocc's single-threaded scheduler when the main goroutine blocks), so
runnable.sh compares only its exit status. Used by runnable.sh.
"""
import re
import sys

src, out = sys.argv[1], sys.argv[2]
text = open(src).read()
has_main = re.search(r'^func main\(\)', text, re.M) is not None
text = re.sub(r'^package \w+', 'package main', text, count=1, flags=re.M)


def body(line):
    if not line.startswith("func ") or "{" in line:
        return line
    code, sep, comment = line.partition("//")
    return code.rstrip() + ' { panic("no body") }' + (" //" + comment if sep else "")


text = "\n".join(body(l) for l in text.split("\n") if l.strip() != "//go:noescape")
names = [m.group(1) for m in re.finditer(r'^func ([A-Za-z_]\w*)\(\)[^\n]*\{\s*(//[^\n]*)?$', text, re.M)
         if m.group(1) not in ("main", "init")]


def starts_goroutines(name):
    """Whether the body of func name (up to the next top-level closing brace) has a go statement."""
    m = re.search(r'^func %s\(\).*?^}' % re.escape(name), text, re.M | re.S)
    return m is not None and re.search(r'^\s+go\s', m.group(0), re.M) is not None


if has_main:
    names = ["main"]
else:
    # The same package imported twice under another name is allowed: no clash with the file's own.
    text = re.sub(r'^package main$', 'package main\n\nimport escapeRunOS "os"', text, count=1, flags=re.M)
    text += "\n\nfunc main() {\n\tdefer func() { _ = recover() }()\n\tswitch escapeRunOS.Args[1] {\n"
    for n in names:
        text += "\tcase %s:\n\t\t%s()\n" % (repr(n).replace("'", '"'), n)
    text += "\t}\n}\n"
open(out, "w").write(text)
print("\n".join(n + (" go" if starts_goroutines(n) else "") for n in names))
