#!/usr/bin/env python3
"""Benchmark programs: gocc -O2 vs gc (go build) vs gccgo -O2, side by side in one run; the
figures issue 9's acceptance asks for.

usage: run.py [--gocc PATH] [--go PATH] [--gccgo PATH] [--runs N] [--compile-runs N] [--alloc-runs N]
              [--only NAME,...] [--markdown FILE] [--json FILE] [NAME=ARGS ...]

For every bench/programs/*.go:
  - build it with gocc -O2, go build (Go 1.19) and gccgo -O2, and once more with gocc -O0 (for
    the compile-time target: gocc -O0 against go build);
  - check that gocc's and gccgo's stdout equal gc's byte for byte;
  - run each binary RUNS times, interleaved (gc, gocc, gccgo, gc, ...), keeping the best CPU time
    (user + sys, from wait4, in microseconds), the best wall time and the peak RSS (/usr/bin/time);
  - count heap allocations (the median of ALLOC_RUNS runs, default 5): gocc's binary with
    GOCCDEBUG=allocs=1 (the runtime prints
    "gocc: allocs=N bytes=B" to stderr at exit), gc's from runtime.MemStats.Mallocs read after
    main returns, in a second gc build of the program whose main is renamed and called from a
    wrapper main (the timed gc binary is the unmodified program; both include what the runtime
    allocates at start-up).
And bench/programs/hello/hello.go: binary size and compile times of hello world.

The figures: the run-time ratio gocc/gc of each program (CPU time: the machine this was written
on runs several builds at once, so wall times mostly measure the load), their geometric mean and
maximum; allocation counts; hello-world size; compile times (best of COMPILE_RUNS, CPU time of
the compiler and every process it waited for, wall time beside it).

Compile times: gc builds with a warm build cache for the standard library (what a user sees on
a second build: the cache is primed with one build of each program before anything is timed)
but the main package is always recompiled (the source is copied with a fresh comment so its
cache key changes) and linked. gocc: whatever GOCCCACHE says (run.py reports it; the first
gocc build of each program primes a warm cache when the cache is on). gccgo links libgo
dynamically (its binaries are small for that reason), gc and gocc link their runtimes
statically (gocc: glibc dynamically).

Prints a markdown table and the summary against the targets; --json writes every figure.
Exit status: 0 if every program built and every output equalled gc's, 1 otherwise (missing a
target is not an error: the summary says so).
"""
import argparse, json, math, os, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The targets of issue 9 (docs/performance.md).
TARGET_GEOMEAN = 0.85
TARGET_MAX = 1.3

MALLOCS_WRAPPER = """package main

import (
	"os"
	"runtime"
	"strconv"
)

// Written by bench/programs/run.py: gc's heap allocation count after the program's main.
func main() {
	benchMain()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	os.Stderr.WriteString("gc: mallocs=" + strconv.FormatUint(m.Mallocs, 10) + "\\n")
}
"""


def find_gccgo():
    for name in ("gccgo", "gccgo-12"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Run:
    def __init__(self, status, wall, cpu, rss, stderr):
        self.status, self.wall, self.cpu, self.rss, self.stderr = status, wall, cpu, rss, stderr


def timed(cmd, cwd=None, env=None, stdout=None, quiet=False):
    """Runs cmd under /usr/bin/time (a small process, so the peak RSS is the program's own, not
    that of a forked Python). CPU time is user + sys of cmd and of every child it waited for,
    in microseconds from wait4 on the time process (its own share is about a millisecond;
    /usr/bin/time prints only hundredths of a second)."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as tf:
        t0 = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M %x", "-o", tf.name] + cmd, cwd=cwd,
                                env=env, stdout=stdout, stderr=subprocess.PIPE)
        err = proc.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        lines = [l for l in tf.read().split("\n") if l.strip()]
    cpu = usage.ru_utime + usage.ru_stime
    returncode = proc.returncode
    rss = 0
    if lines:
        f = lines[-1].split()
        if len(f) == 2:
            rss, returncode = int(f[0]), int(f[1])
    if returncode != 0 and err and not quiet:
        sys.stderr.write(err[-2000:])
    return Run(returncode, wall, cpu, rss, err)


def geomean(xs):
    xs = [x for x in xs if x and x > 0 and math.isfinite(x)]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def fresh_copy(src, dst_dir, name):
    """Copies src with a fresh comment (new content: gc's cache key of main changes)."""
    os.makedirs(dst_dir, exist_ok=True)
    copy = os.path.join(dst_dir, name + ".go")
    with open(src) as f, open(copy, "w") as g:
        g.write(f.read() + "\n// bench nonce %d %f\n" % (os.getpid(), time.time()))
    return copy


class Harness:
    def __init__(self, opts, env, tmp):
        self.opts, self.env, self.tmp, self.ok = opts, env, tmp, True

    def build_cmd(self, comp, exe, srcs):
        o = self.opts
        if comp == "gc":
            return [o.go, "build", "-o", exe] + srcs
        if comp == "gocc":
            return [o.gocc, "compile", "-O2", "-o", exe] + srcs
        if comp == "gocc-O0":
            return [o.gocc, "compile", "-O0", "-o", exe] + srcs
        return [o.gccgo, "-O2", "-o", exe] + srcs

    def build(self, comp, src, work, name):
        """Best of --compile-runs builds, each from a fresh copy; returns a dict or None."""
        best = None
        exe = os.path.join(work, name + "." + comp)
        cold = None
        if comp.startswith("gocc"):
            # The first build of the program: its standard library object is not cached yet
            # (unless an earlier run left it there); the timed builds below are a user's next
            # ones, after an edit of main.
            copy = fresh_copy(src, os.path.join(work, "src-%s-cold" % comp), name)
            r = timed(self.build_cmd(comp, exe, [copy]), cwd=work, env=self.env)
            cold = {"compile_first_cpu": r.cpu, "compile_first_wall": r.wall}
        for i in range(self.opts.compile_runs):
            copy = fresh_copy(src, os.path.join(work, "src-%s-%d" % (comp, i)), name)
            r = timed(self.build_cmd(comp, exe, [copy]), cwd=work, env=self.env)
            if r.status != 0:
                print("%s: %s build failed (exit %d)" % (name, comp, r.status), file=sys.stderr)
                self.ok = False
                return None
            if best is None or r.cpu < best["compile_cpu"]:
                best = {"compile_cpu": r.cpu, "compile_wall": r.wall}
        if cold:
            best.update(cold)
        best["exe"] = exe
        best["size"] = os.path.getsize(exe)
        return best

    def gc_mallocs(self, src, work, name, argv):
        """gc's heap allocation count: the program with main renamed, under a wrapper main."""
        d = os.path.join(work, "mallocs")
        os.makedirs(d, exist_ok=True)
        with open(src) as f:
            text = f.read()
        text, n = re.subn(r"^func main\(\) \{", "func benchMain() {", text, flags=re.M)
        if n != 1:
            return None
        with open(os.path.join(d, name + ".go"), "w") as g:
            g.write(text)
        with open(os.path.join(d, "zz_mallocs.go"), "w") as g:
            g.write(MALLOCS_WRAPPER)
        exe = os.path.join(d, name + ".gc-mallocs")
        r = timed([self.opts.go, "build", "-o", exe, os.path.join(d, name + ".go"),
                   os.path.join(d, "zz_mallocs.go")], cwd=d, env=self.env)
        if r.status != 0:
            return None
        return self.median_count([exe] + argv, d, self.env, r"gc: mallocs=(\d+)")

    def gocc_allocs(self, exe, work, argv):
        return self.median_count([exe] + argv, work, dict(self.env, GOCCDEBUG="allocs=1"), r"gocc: allocs=(\d+)")

    def median_count(self, cmd, cwd, env, pattern):
        """The median over --alloc-runs runs of the count the program prints to stderr. Maps
        with randomly seeded hashes allocate a varying number of overflow buckets (gc's counts
        for word count spread over 59,500-60,000 between runs, gocc's likewise), so a single
        run compares noise."""
        counts = []
        for _ in range(max(1, self.opts.alloc_runs)):
            r = timed(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
            m = re.search(pattern, r.stderr)
            if m is None:
                return None
            counts.append(int(m.group(1)))
        counts.sort()
        return counts[len(counts) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gocc", default=os.path.join(ROOT, "build", "driver", "gocc"))
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--gccgo", default=find_gccgo())
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--compile-runs", type=int, default=3)
    ap.add_argument("--alloc-runs", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("args", nargs="*", help="NAME=ARGS: program arguments instead of the default size")
    opts = ap.parse_args()
    # The builds run in temporary directories: relative compiler paths are resolved here.
    for attr in ("gocc", "go", "gccgo"):
        path = getattr(opts, attr)
        if path and os.sep in path:
            setattr(opts, attr, os.path.abspath(path))
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
    env.pop("GOCCDEBUG", None)
    compilers = ["gc", "gocc", "gccgo"]
    if not opts.gccgo:
        print("gccgo not found: its column is left out (scripts/setup.sh installs it)", file=sys.stderr)
        compilers = compilers[:2]
    h = Harness(opts, env, tmp)
    gocc_cache = os.environ.get("GOCCCACHE", "")

    # Warm gc's build cache so that no compile below is the first one of the standard library.
    for name in names + ["hello"]:
        src = os.path.join(HERE, "hello", "hello.go") if name == "hello" else os.path.join(HERE, name + ".go")
        w = os.path.join(tmp, "warm", name)
        timed([opts.go, "build", "-o", os.path.join(w, "x")] + [fresh_copy(src, w, name)], cwd=w, env=env)

    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": opts.runs,
              "compile_runs": opts.compile_runs, "gocccache": gocc_cache or "default",
              "load_average": os.getloadavg()[0], "programs": {}, "hello": {}}
    for name in names:
        src = os.path.join(HERE, name + ".go")
        work = os.path.join(tmp, name)
        os.makedirs(work)
        argv = prog_args.get(name, [])
        result = {}
        for comp in compilers + ["gocc-O0"]:
            b = h.build(comp, src, work, name)
            if b is None:
                continue
            b.update({"cpu": float("inf"), "wall": float("inf"), "rss": 0, "out": b["exe"] + ".out",
                      "same": None})
            result[comp] = b
        for _ in range(opts.runs):
            for comp in compilers:
                r = result.get(comp)
                if r is None:
                    continue
                with open(r["out"], "wb") as out:
                    run = timed([r["exe"]] + argv, cwd=work, env=env, stdout=out)
                if run.status != 0:
                    print("%s: %s binary exited %d" % (name, comp, run.status), file=sys.stderr)
                    h.ok = False
                r["cpu"] = min(r["cpu"], run.cpu)
                r["wall"] = min(r["wall"], run.wall)
                r["rss"] = max(r["rss"], run.rss)
        if "gc" in result:
            with open(result["gc"]["out"], "rb") as f:
                want = f.read()
            for comp in compilers:
                r = result.get(comp)
                if r is None:
                    continue
                with open(r["out"], "rb") as f:
                    r["same"] = f.read() == want
                if not r["same"]:
                    print("%s: %s output differs from gc's" % (name, comp), file=sys.stderr)
                    h.ok = False
            result["gc"]["allocs"] = h.gc_mallocs(src, work, name, argv)
        if "gocc" in result:
            result["gocc"]["allocs"] = h.gocc_allocs(result["gocc"]["exe"], work, argv)
        for r in result.values():
            for k in ("exe", "out"):
                r.pop(k, None)
        report["programs"][name] = {"args": " ".join(argv) or "default", "results": result}
    hello_src = os.path.join(HERE, "hello", "hello.go")
    hw = os.path.join(tmp, "hello")
    for comp in ["gc", "gocc", "gocc-O0", "gccgo"] if opts.gccgo else ["gc", "gocc", "gocc-O0"]:
        b = h.build(comp, hello_src, hw, "hello")
        if b is not None:
            b.pop("exe", None)
            report["hello"][comp] = b
    shutil.rmtree(tmp, ignore_errors=True)

    summarize(report, compilers)
    text = render(report, compilers)
    sys.stdout.write(text)
    if opts.markdown:
        with open(opts.markdown, "w") as f:
            f.write(text)
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
            f.write("\n")
    return 0 if h.ok else 1


def summarize(report, compilers):
    ratios = {}
    allocs_ok, compile_ok = True, True
    for name, p in report["programs"].items():
        res = p["results"]
        gc, gocc, o0 = res.get("gc"), res.get("gocc"), res.get("gocc-O0")
        if gc and gocc and gc["cpu"] > 0:
            ratios[name] = gocc["cpu"] / gc["cpu"]
        if not (gc and gocc and gc.get("allocs") is not None and gocc.get("allocs") is not None
                and gocc["allocs"] <= gc["allocs"]):
            allocs_ok = False
        if not (gc and o0 and o0["compile_cpu"] <= gc["compile_cpu"]):
            compile_ok = False
    s = {"time_ratio": ratios, "geomean": geomean(list(ratios.values())),
         "max": max(ratios.values()) if ratios else float("nan"),
         "max_program": max(ratios, key=ratios.get) if ratios else ""}
    hello = report["hello"]
    if "gc" in hello and "gocc" in hello:
        s["hello_size_ratio"] = hello["gocc"]["size"] / hello["gc"]["size"]
    if "gc" in hello and "gocc-O0" in hello:
        s["hello_compile_ratio_O0"] = hello["gocc-O0"]["compile_cpu"] / hello["gc"]["compile_cpu"]
    s["targets"] = {
        "geomean <= %.2f x gc" % TARGET_GEOMEAN: s["geomean"] <= TARGET_GEOMEAN,
        "every program <= %.1f x gc" % TARGET_MAX: s["max"] <= TARGET_MAX,
        "allocs <= gc's on every program": allocs_ok,
        "hello size <= half of gc's": s.get("hello_size_ratio", 9) <= 0.5,
        "gocc -O0 compile <= go build on every program": compile_ok,
    }
    report["summary"] = s


def fmt(x, spec="%.3f"):
    return "-" if x is None or (isinstance(x, float) and not math.isfinite(x)) else spec % x


def render(report, compilers):
    out = []
    out.append("Run time, best CPU time (user+sys) of %d runs; compile: best of %d, CPU time of the "
               "compiler and its children; gocc cache: %s; load average at start %.1f.\n\n" % (
                   report["runs"], report["compile_runs"], report["gocccache"], report["load_average"]))
    head = ("| program | compiler | output = gc | CPU s | x gc | wall s | peak RSS MiB | allocs | x gc "
            "| binary KiB | compile CPU s | x gc | compile wall s |")
    out.append(head)
    out.append("|" + "---|" * (head.count("|") - 1))
    for name, p in sorted(report["programs"].items()):
        res = p["results"]
        base = res.get("gc")
        first = True
        for comp in compilers + ["gocc-O0"]:
            r = res.get(comp)
            label = name if first else ""
            first = False
            if r is None:
                out.append("| %s | %s | build failed |" % (label, comp) + " |" * 10)
                continue

            def first_build(r):
                if "compile_first_cpu" in r:
                    out.append("| | %s, first build | | | | | | | | | %.2f | %s | %.2f |" % (
                        "gocc -O0" if comp == "gocc-O0" else "gocc -O2", r["compile_first_cpu"],
                        "%.2f" % (r["compile_first_cpu"] / base["compile_cpu"]) if base else "-",
                        r["compile_first_wall"]))

            def ratio(key):
                if not base or not base.get(key) or r.get(key) is None:
                    return "-"
                return "%.2f" % (r[key] / base[key])
            if comp == "gocc-O0":
                out.append("| %s | gocc -O0 | | | | | | | | %.0f | %.2f | %s | %.2f |" % (
                    label, r["size"] / 1024, r["compile_cpu"], ratio("compile_cpu"), r["compile_wall"]))
                first_build(r)
                continue
            out.append("| %s | %s | %s | %.3f | %s | %.3f | %.1f | %s | %s | %.0f | %.2f | %s | %.2f |" % (
                label, comp if comp != "gocc" else "gocc -O2", "yes" if r["same"] else "**no**",
                r["cpu"], ratio("cpu"), r["wall"], r["rss"] / 1024, fmt(r.get("allocs"), "%d"),
                ratio("allocs"), r["size"] / 1024, r["compile_cpu"], ratio("compile_cpu"),
                r["compile_wall"]))
            first_build(r)
    out.append("")
    hello = report["hello"]
    out.append("| hello world | binary KiB | x gc | compile CPU s | x gc | compile wall s |")
    out.append("|---|---|---|---|---|---|")
    for comp in ["gc", "gocc", "gocc-O0", "gccgo"]:
        r = hello.get(comp)
        if r is None:
            continue
        g = hello.get("gc")
        out.append("| %s | %.0f | %s | %.2f | %s | %.2f |" % (
            {"gocc": "gocc -O2", "gocc-O0": "gocc -O0"}.get(comp, comp), r["size"] / 1024,
            "%.2f" % (r["size"] / g["size"]) if g else "-", r["compile_cpu"],
            "%.2f" % (r["compile_cpu"] / g["compile_cpu"]) if g else "-", r["compile_wall"]))
        if "compile_first_cpu" in r:
            out.append("| %s, first build | | | %.2f | %s | %.2f |" % (
                "gocc -O2" if comp == "gocc" else "gocc -O0", r["compile_first_cpu"],
                "%.2f" % (r["compile_first_cpu"] / g["compile_cpu"]) if g else "-", r["compile_first_wall"]))
    s = report["summary"]
    out.append("")
    out.append("gocc -O2 / gc run time (CPU): geometric mean %s, max %s (%s)" % (
        fmt(s["geomean"], "%.2f"), fmt(s["max"], "%.2f"), s["max_program"]))
    out.append("")
    for t, okay in s["targets"].items():
        out.append("- %s: %s" % (t, "met" if okay else "**not met**"))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
