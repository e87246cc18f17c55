// gotypes measures the throughput of go/parser + go/types on one package,
// as the reference for `gocc check` (bench/typecheck/run.sh).
//
// Usage:
//
//	gotypes -dir DIR [-info=true] [-phase all|check|rss]
//
// Every *.go file of DIR (sorted by name; _test.go files included, since
// the benchmark's generator writes none) is read into memory before
// anything is timed. The files must form one package that imports nothing:
// the importer is a stub that fails every import. Each phase runs three
// times and reports the fastest run:
//
//	check:       go/types Config.Check over ASTs parsed (untimed) beforehand;
//	parse+check: go/parser.ParseFile(fset, name, src, SkipObjectResolution)
//	             for every file, then Config.Check -- the same work as
//	             `gocc check DIR`, minus reading the files and process start.
//
// By default (-info=true) Check fills a types.Info with Types, Defs, Uses,
// Implicits, Selections and Scopes, as cmd/compile's front end does (a
// compiler's checker must record every expression's type for later
// stages); -info=false passes a nil Info, which is faster and measures the
// checker alone.
//
// GOMAXPROCS is set to 1, so the timed work runs on one thread (the garbage
// collector then also runs on that thread, interleaved; nothing else is
// concurrent). A GC runs, untimed, before each run.
//
// Output (key=value, seconds with 6 decimals):
//
//	tool=go phase=check files=F lines=L seconds=S peak_rss_kb=K
//	tool=go phase=parse+check files=F lines=L seconds=S
//
// lines counts '\n' bytes, plus one for each non-empty file whose last byte
// is not '\n'. peak_rss_kb is getrusage(RUSAGE_SELF).ru_maxrss of a fresh
// child process (`-phase=rss`) that reads the files, parses them and
// type-checks them once -- the same work as one `gocc check DIR` process --
// so timing runs do not inflate it. Nothing is subtracted.
//
// Exit status 1 if go/types (or go/parser) reports any error; the first
// ten errors go to stderr.
//
// Build: go build -o gotypes gotypes.go   (no go.mod needed)
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const runs = 3

type source struct {
	name string
	src  []byte
}

type pkg struct {
	files []source
	lines int64
}

func die(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "gotypes: "+format+"\n", args...)
	os.Exit(1)
}

func readDir(dir string) *pkg {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		die("%v", err)
	}
	sort.Strings(names)
	p := &pkg{}
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			die("%v", err)
		}
		p.files = append(p.files, source{name, src})
		p.lines += int64(bytes.Count(src, []byte{'\n'}))
		if len(src) > 0 && src[len(src)-1] != '\n' {
			p.lines++
		}
	}
	if len(p.files) == 0 {
		die("no *.go files in %s", dir)
	}
	return p
}

// stubImporter fails every import: the benchmark program imports nothing.
type stubImporter struct{}

func (stubImporter) Import(path string) (*types.Package, error) {
	return nil, errors.New("gotypes: imports are not supported (" + path + ")")
}

var withInfo = true

func parseAll(p *pkg, fset *token.FileSet) ([]*ast.File, error) {
	asts := make([]*ast.File, len(p.files))
	for i := range p.files {
		f := &p.files[i]
		af, err := parser.ParseFile(fset, f.name, f.src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		asts[i] = af
	}
	return asts, nil
}

// check type-checks the package; it returns the number of errors and
// prints the first ten if report is set.
func check(fset *token.FileSet, asts []*ast.File, report bool) int {
	nerr := 0
	conf := types.Config{
		Importer: stubImporter{},
		Error: func(err error) {
			if report && nerr < 10 {
				fmt.Fprintln(os.Stderr, err)
			}
			nerr++
		},
	}
	var info *types.Info
	if withInfo {
		info = &types.Info{
			Types:      make(map[ast.Expr]types.TypeAndValue),
			Defs:       make(map[*ast.Ident]types.Object),
			Uses:       make(map[*ast.Ident]types.Object),
			Implicits:  make(map[ast.Node]types.Object),
			Selections: make(map[*ast.SelectorExpr]*types.Selection),
			Scopes:     make(map[ast.Node]*types.Scope),
		}
	}
	pkg, _ := conf.Check(asts[0].Name.Name, fset, asts, info)
	runtime.KeepAlive(pkg)
	runtime.KeepAlive(info)
	return nerr
}

// timing is a phase's shortest wall-clock time and shortest process CPU time
// (user+system, every thread: the collector's work counts) over the runs.
type timing struct{ wall, cpu time.Duration }

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		die("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// best runs fn `runs` times (after an untimed GC each) and returns the
// shortest wall-clock and CPU times. On a loaded machine the CPU time is the
// steadier figure: it leaves out the time the process waited for a core.
func best(fn func(run int)) timing {
	var min timing
	for r := 0; r < runs; r++ {
		runtime.GC()
		t, c := time.Now(), cpuTime()
		fn(r)
		d, dc := time.Since(t), cpuTime()-c
		if r == 0 || d < min.wall {
			min.wall = d
		}
		if r == 0 || dc < min.cpu {
			min.cpu = dc
		}
	}
	return min
}

func header(p *pkg, phase string, d timing) string {
	return fmt.Sprintf("tool=go phase=%s files=%d lines=%d seconds=%s cpu_seconds=%s",
		phase, len(p.files), p.lines, strconv.FormatFloat(d.wall.Seconds(), 'f', 6, 64),
		strconv.FormatFloat(d.cpu.Seconds(), 'f', 6, 64))
}

func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		die("getrusage: %v", err)
	}
	return ru.Maxrss // Linux: KiB
}

// rssChild re-executes this program with -phase=rss and returns the
// peak RSS it reports.
func rssChild(dir string) int64 {
	exe, err := os.Executable()
	if err != nil {
		die("cannot locate own executable: %v", err)
	}
	cmd := exec.Command(exe, "-dir", dir, "-phase=rss", "-info="+strconv.FormatBool(withInfo))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		die("rss run: %v", err)
	}
	s := strings.TrimSpace(string(out))
	v, err := strconv.ParseInt(strings.TrimPrefix(s, "peak_rss_kb="), 10, 64)
	if err != nil {
		die("rss run printed %q", s)
	}
	return v
}

func main() {
	dir := flag.String("dir", "", "package directory (required)")
	phase := flag.String("phase", "all", "all (check, then parse+check), check, or rss (one parse+check; prints peak_rss_kb=K)")
	flag.BoolVar(&withInfo, "info", true, "record Types/Defs/Uses/Implicits/Selections/Scopes in a types.Info")
	flag.Parse()
	if *dir == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: gotypes -dir DIR [-info=true|false] [-phase all|check|rss]")
		os.Exit(2)
	}
	runtime.GOMAXPROCS(1)

	p := readDir(*dir)
	switch *phase {
	case "rss":
		fset := token.NewFileSet()
		asts, err := parseAll(p, fset)
		if err != nil {
			die("%v", err)
		}
		if check(fset, asts, true) > 0 {
			os.Exit(1)
		}
		fmt.Printf("peak_rss_kb=%d\n", maxRSS())
		return
	case "all", "check":
	default:
		die("unknown -phase %q", *phase)
	}

	// check alone, over ASTs parsed once beforehand (fresh FileSet and
	// ASTs are not needed: go/types does not modify the syntax tree).
	fset := token.NewFileSet()
	asts, err := parseAll(p, fset)
	if err != nil {
		die("%v", err)
	}
	failed := false
	d := best(func(r int) {
		if n := check(fset, asts, r == 0); n > 0 && r == 0 {
			fmt.Fprintf(os.Stderr, "gotypes: %d type errors\n", n)
			failed = true
		}
	})
	if failed {
		os.Exit(1)
	}
	fset, asts = nil, nil
	fmt.Printf("%s peak_rss_kb=%d\n", header(p, "check", d), rssChild(*dir))
	if *phase == "check" {
		return
	}

	d = best(func(r int) {
		fset := token.NewFileSet()
		asts, err := parseAll(p, fset)
		if err != nil {
			die("%v", err)
		}
		check(fset, asts, false)
	})
	fmt.Println(header(p, "parse+check", d))
}
