#!/usr/bin/env python3
"""Concurrency benchmarks: gocc -O2 vs gc (go build), side by side in one run.

usage: run.py [--gocc PATH] [--go PATH] [--runs N] [--only NAME,...] [--markdown FILE] [NAME=ARGS ...]

Programs (bench/concurrency/*.go, the size as first argument):
  timers_afterfunc   10^6 time.AfterFunc timers at random deadlines within 1 s, until all fired
  timers_stop_reset  10^6 Stop/Reset pairs on random ones of 10^5 pending timers
  pingpong           10^6 round trips between two goroutines over unbuffered channels
  goroutines         10^5 goroutines, all blocked at once, then released and finished

Each program is built once with `go build` and once with `gocc compile -O2`, then run RUNS times
(default 3), the configurations interleaved: gc with GOMAXPROCS=1, gc with the default
GOMAXPROCS (the number of CPUs), gocc (M:1: GOMAXPROCS changes nothing) with the timer heap and,
for the timer programs, gocc with the timing wheel (GOCCDEBUG=timers=wheel). Every run's stdout
must equal gc's. Kept per configuration: the best wall time, the best CPU time (user + system
of all threads, from wait4), the lowest peak RSS, and the best value of each `bench: key=value`
line the program prints on stderr (its own wall-clock measurements).

CPU time is the figure of merit: the machine is shared, wall times include time spent waiting
for a core. Throughput = operations per CPU second; ratios are gocc / gc (below 1: gocc needs
less). Exit status 0 if everything built and every output equalled gc's.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# name -> (default N, unit, is a timer program)
PROGRAMS = {
    "timers_afterfunc": (1000000, "timer", True),
    "timers_stop_reset": (1000000, "pair", True),
    "pingpong": (1000000, "round trip", False),
    "goroutines": (100000, "goroutine", False),
}


def run_once(exe, argv, env, cwd):
    """Runs exe under /usr/bin/time; returns (status, stdout bytes, stderr text, wall s, cpu s,
    peak RSS KiB). CPU time is wait4's for /usr/bin/time, which includes the program it waited
    for; the peak RSS is the one /usr/bin/time reports for the program (a process forked from
    Python would count Python's pages from before its exec)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rssf:
        t0 = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", rssf.name, exe] + argv,
                                cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = [l for l in rssf.read().split("\n") if l.strip()]
        rss = int(lines[-1]) if lines and lines[-1].strip().isdigit() else 0
        return (code, out.read(), err.read().decode(errors="replace"), wall,
                ru.ru_utime + ru.ru_stime, rss)


def parse_metrics(text):
    metrics = {}
    for line in text.splitlines():
        if line.startswith("bench: "):
            for item in line[len("bench: "):].split():
                key, _, value = item.partition("=")
                try:
                    metrics[key] = float(value)
                except ValueError:
                    pass
    return metrics


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gocc", default=os.path.join(ROOT, "build", "driver", "gocc"))
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", default="")
    ap.add_argument("args", nargs="*", help="NAME=ARGS: program arguments instead of the default size")
    opts = ap.parse_args()
    prog_args = {}
    for a in opts.args:
        name, _, rest = a.partition("=")
        prog_args[name] = rest.split()
    names = [n for n in PROGRAMS if not opts.only or n in opts.only.split(",")]
    tmp = tempfile.mkdtemp(prefix="gocc-bench-conc-")
    base_env = dict(os.environ, GOFLAGS="", GO111MODULE="off", CGO_ENABLED="0",
                    GOCACHE=os.environ.get("GOCACHE", os.path.join(tempfile.gettempdir(), "gocc-bench-gocache")))
    base_env.pop("GOMAXPROCS", None)
    base_env.pop("GOCCDEBUG", None)
    ok = True
    rows = []
    for name in names:
        n_default, unit, is_timer = PROGRAMS[name]
        argv = prog_args.get(name, [])
        n = int(argv[0]) if argv else n_default
        src = os.path.join(HERE, name + ".go")
        exes = {}
        for comp, cmd in (("gc", [opts.go, "build", "-o"]), ("gocc", [opts.gocc, "compile", "-O2", "-o"])):
            exe = os.path.join(tmp, name + "." + comp)
            proc = subprocess.run(cmd + [exe, src], cwd=tmp, env=base_env, capture_output=True)
            if proc.returncode != 0:
                print("%s: %s build failed:\n%s" % (name, comp, proc.stderr.decode()[-2000:]), file=sys.stderr)
                ok = False
            else:
                exes[comp] = exe
        configs = [("gc GOMAXPROCS=1", "gc", {"GOMAXPROCS": "1"}),
                   ("gc GOMAXPROCS=%d" % os.cpu_count(), "gc", {}),
                   ("gocc (heap)" if is_timer else "gocc", "gocc", {})]
        if is_timer:
            configs.append(("gocc (wheel)", "gocc", {"GOCCDEBUG": "timers=wheel"}))
        configs = [c for c in configs if c[1] in exes]
        best = {label: None for label, _, _ in configs}
        want = None
        for _ in range(opts.runs):
            for label, comp, extra in configs:
                env = dict(base_env, **extra)
                status, out, err, wall, cpu, rss = run_once(exes[comp], argv, env, tmp)
                if status != 0:
                    print("%s: %s exited %d: %s" % (name, label, status, err[-500:]), file=sys.stderr)
                    ok = False
                    continue
                if want is None and comp == "gc":
                    want = out
                if want is not None and out != want:
                    print("%s: %s output differs from gc's: %r" % (name, label, out[:200]), file=sys.stderr)
                    ok = False
                metrics = parse_metrics(err)
                b = best[label]
                if b is None:
                    best[label] = {"wall": wall, "cpu": cpu, "rss": rss, "metrics": metrics}
                else:
                    b["wall"] = min(b["wall"], wall)
                    b["cpu"] = min(b["cpu"], cpu)
                    b["rss"] = min(b["rss"], rss)
                    for k, v in metrics.items():
                        b["metrics"][k] = min(b["metrics"].get(k, v), v)
        rows.append((name, n, unit, configs, best))
    shutil.rmtree(tmp, ignore_errors=True)

    lines = ["| program | configuration | wall s | CPU s | CPU ns per op | ops per CPU s | x gc(1) | x gc(%d) | peak RSS MiB | x gc(1) | program's own figures (wall clock) |" % os.cpu_count(),
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, n, unit, configs, best in rows:
        gc1 = best.get("gc GOMAXPROCS=1")
        gcn = best.get("gc GOMAXPROCS=%d" % os.cpu_count())
        first = True
        for label, _, _ in configs:
            b = best[label]
            if b is None:
                lines.append("| %s | %s | failed | | | | | | | | |" % (name if first else "", label))
                first = False
                continue
            def ratio(base, key):
                return "%.2f" % (b[key] / base[key]) if base and base[key] else "-"
            figures = " ".join("%s=%g" % kv for kv in sorted(b["metrics"].items()))
            lines.append("| %s | %s | %.3f | %.3f | %.0f | %.3g | %s | %s | %.1f | %s | %s |" % (
                "%s (%s %ss)" % (name, format(n, ","), unit) if first else "", label, b["wall"], b["cpu"],
                b["cpu"] * 1e9 / n, n / b["cpu"] if b["cpu"] else float("inf"),
                ratio(gc1, "cpu"), ratio(gcn, "cpu"), b["rss"] / 1024, ratio(gc1, "rss"), figures))
            first = False
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if opts.markdown:
        with open(opts.markdown, "w") as f:
            f.write(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
