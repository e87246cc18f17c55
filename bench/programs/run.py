#!/usr/bin/env python3
"""Benchmark programs: gocc -O2 vs gc (go build) vs gccgo -O2, side by side in one run.

usage: run.py [--gocc PATH] [--go PATH] [--gccgo PATH] [--runs N] [--only NAME,...] [--markdown FILE]
                  [NAME=ARGS ...]

For every bench/programs/*.go: compile with the three compilers (wall time of the compile
command), check that gocc's and gccgo's outputs equal gc's byte for byte, run each binary RUNS
times (interleaved: gc, gocc, gccgo, gc, ...) and keep the best wall time and the peak RSS
(ru_maxrss from wait4 of that process), and the binary size. Prints a markdown table with the
ratios to gc (gocc/gc, gccgo/gc: below 1 is better than gc).

Compile times: gc builds with a warm build cache for the standard library (what a user sees on
a second build) but the main package is always recompiled (the source is copied with a fresh
comment so its cache key changes) and linked; gocc compiles its bundled standard library from
source on every build (it has no package cache); gccgo links libgo dynamically (its binaries are
small for that reason), gc and gocc link their runtimes statically.
Exit status: 0 if every program built and every output equalled gc's, 1 otherwise.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def find_gccgo():
    for name in ("gccgo", "gccgo-12"):
        path = shutil.which(name)
        if path:
            return path
    return None


def timed(cmd, cwd=None, env=None, stdout=None):
    """Runs cmd under /usr/bin/time (a small process, so the peak RSS is the program's own, not
    that of a forked Python); returns (exit status, wall seconds, peak RSS in KiB)."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as tf:
        t0 = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-q", "-f", "%M", "-o", tf.name] + cmd, cwd=cwd,
                              env=env, stdout=stdout, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
        lines = [l for l in tf.read().split("\n") if l.strip()]
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0 and err:
        sys.stderr.write(err[-2000:])
    rss = int(lines[-1]) if lines and lines[-1].strip().isdigit() else 0
    return proc.returncode, wall, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gocc", default=os.path.join(ROOT, "build", "driver", "gocc"))
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--gccgo", default=find_gccgo())
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", default="")
    ap.add_argument("args", nargs="*", help="NAME=ARGS: program arguments instead of the default size")
    opts = ap.parse_args()
    prog_args = {}
    for a in opts.args:
        name, _, rest = a.partition("=")
        prog_args[name] = rest.split()
    names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".go"))
    if opts.only:
        names = [n for n in names if n in opts.only.split(",")]
    tmp = tempfile.mkdtemp(prefix="gocc-bench-")
    env = dict(os.environ,
               GOCACHE=os.environ.get("GOCACHE", os.path.join(tempfile.gettempdir(), "gocc-bench-gocache")),
               GOFLAGS="", GO111MODULE="off", CGO_ENABLED="0")
    compilers = [("gc", None), ("gocc", None), ("gccgo", None)]
    if not opts.gccgo:
        print("gccgo not found: its column is left out (scripts/setup.sh installs it)", file=sys.stderr)
        compilers = compilers[:2]
    rows, ok = [], True
    for name in names:
        src = os.path.join(HERE, name + ".go")
        work = os.path.join(tmp, name)
        os.makedirs(work)
        copy = os.path.join(work, name + ".go")
        with open(src) as f, open(copy, "w") as g:
            g.write(f.read() + "\n// bench nonce %d %f\n" % (os.getpid(), time.time()))
        result = {}
        for comp, _ in compilers:
            exe = os.path.join(work, name + "." + comp)
            if comp == "gc":
                cmd = [opts.go, "build", "-o", exe, copy]
            elif comp == "gocc":
                cmd = [opts.gocc, "compile", "-O2", "-o", exe, copy]
            else:
                cmd = [opts.gccgo, "-O2", "-o", exe, copy]
            status, wall, _ = timed(cmd, cwd=work, env=env)
            if status != 0:
                print("%s: %s build failed (exit %d)" % (name, comp, status), file=sys.stderr)
                ok = False
                continue
            result[comp] = {"exe": exe, "compile": wall, "size": os.path.getsize(exe),
                            "time": float("inf"), "rss": 0, "out": exe + ".out", "same": None}
        argv = prog_args.get(name, [])
        for _ in range(opts.runs):
            for comp, _ in compilers:
                r = result.get(comp)
                if r is None:
                    continue
                with open(r["out"], "wb") as out:
                    status, wall, rss = timed([r["exe"]] + argv, cwd=work, env=env, stdout=out)
                if status != 0:
                    print("%s: %s binary exited %d" % (name, comp, status), file=sys.stderr)
                    ok = False
                r["time"] = min(r["time"], wall)
                r["rss"] = max(r["rss"], rss)
        if "gc" in result:
            with open(result["gc"]["out"], "rb") as f:
                want = f.read()
            for comp, r in result.items():
                with open(r["out"], "rb") as f:
                    r["same"] = f.read() == want
                if not r["same"]:
                    print("%s: %s output differs from gc's" % (name, comp), file=sys.stderr)
                    ok = False
        rows.append((name, " ".join(argv) or "default", result))
    shutil.rmtree(tmp, ignore_errors=True)

    lines = []
    head = "| program | compiler | output = gc | time s | x gc | peak RSS MiB | x gc | binary KiB | x gc | compile s | x gc |"
    lines.append(head)
    lines.append("|" + "---|" * (head.count("|") - 1))
    for name, argv, result in rows:
        base = result.get("gc")
        for comp, _ in compilers:
            r = result.get(comp)
            if r is None:
                lines.append("| %s | %s | build failed | | | | | | | | |" % (name, comp))
                continue
            def ratio(key):
                if not base or not base[key]:
                    return "-"
                return "%.2f" % (r[key] / base[key])
            lines.append("| %s | %s | %s | %.3f | %s | %.1f | %s | %.0f | %s | %.2f | %s |" % (
                name if comp == "gc" else "", comp, "yes" if r["same"] else "**no**",
                r["time"], ratio("time"), r["rss"] / 1024, ratio("rss"), r["size"] / 1024,
                ratio("size"), r["compile"], ratio("compile")))
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if opts.markdown:
        with open(opts.markdown, "w") as f:
            f.write(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
