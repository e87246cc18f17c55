// errorcheck: runs a compiler on one Go test file and judges its diagnostics
// against the file's `// ERROR "regexp"` annotations, as Go 1.19's test/run.go
// does for the errorcheck action.
//
//   errorcheck [-v] [--timeout SECONDS] [--pass-flags] FILE.go -- CMD [ARGS...]
//
// Runs `CMD ARGS... ABSPATH(FILE)` and exits 0 on pass (printing nothing, or
// "PASS FILE" with -v), 1 on failure ("FAIL FILE" then one problem per line),
// 77 if the file is not an applicable errorcheck test ("skip: ..."), 2 on a
// usage error.
//
// The recipe's own gc flags (e.g. -m, -lang=go1.17) are not passed to CMD,
// since gocc does not take them. --pass-flags passes them (before FILE, with
// GOEXPERIMENT set from -goexperiment), to validate the harness with gc itself
// as CMD against the whole test suite.
#include "errorcheck.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int kExitPass = 0, kExitFail = 1, kExitUsage = 2, kExitSkip = 77;

struct RunResult {
  std::string output;  // combined stdout + stderr
  bool timedOut = false;
  int exitCode = -1;  // valid if signal == 0 and !timedOut
  int signal = 0;     // terminating signal, if any
  std::string startError;
};

double NowSeconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs argv without a shell, in its own process group (so a timeout also kills
// the children of a wrapper script), collecting stdout and stderr through one pipe.
RunResult RunCommand(const std::vector<std::string>& argv, double timeoutSeconds,
                     const std::string& goexperiment) {
  RunResult res;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    res.startError = std::string("pipe: ") + std::strerror(errno);
    return res;
  }
  // Report exec failures through a second close-on-exec pipe.
  int errfds[2];
  if (pipe2(errfds, O_CLOEXEC) != 0) {
    res.startError = std::string("pipe: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return res;
  }
  std::vector<char*> cargv;
  cargv.reserve(argv.size() + 1);
  for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);

  pid_t pid = fork();
  if (pid < 0) {
    res.startError = std::string("fork: ") + std::strerror(errno);
    return res;
  }
  if (pid == 0) {
    setpgid(0, 0);
    if (!goexperiment.empty()) setenv("GOEXPERIMENT", goexperiment.c_str(), 1);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    execvp(cargv[0], cargv.data());
    int e = errno;
    ssize_t ignored = write(errfds[1], &e, sizeof e);
    (void)ignored;
    _exit(127);
  }
  setpgid(pid, pid);  // also from the parent, to avoid a race with kill()
  close(fds[1]);
  close(errfds[1]);

  double deadline = NowSeconds() + timeoutSeconds;
  char buf[65536];
  for (;;) {
    double left = deadline - NowSeconds();
    if (left <= 0) {
      res.timedOut = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int r = poll(&p, 1, static_cast<int>(left * 1000) + 1);
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) continue;  // re-check the deadline
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EOF: every writer has exited or closed the pipe
    res.output.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);

  // The output is complete; wait for the exit, still honouring the deadline
  // (a child may close its output and keep running).
  int status = 0;
  for (;;) {
    if (!res.timedOut && NowSeconds() >= deadline) res.timedOut = true;
    if (res.timedOut) {
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      break;
    }
    pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid || (w < 0 && errno != EINTR)) break;
    usleep(2000);
  }
  int execErrno = 0;
  if (read(errfds[0], &execErrno, sizeof execErrno) == sizeof execErrno) {
    res.startError = "cannot run " + argv[0] + ": " + std::strerror(execErrno);
  }
  close(errfds[0]);
  if (res.timedOut) return res;
  if (WIFSIGNALED(status)) {
    res.signal = WTERMSIG(status);
  } else if (WIFEXITED(status)) {
    res.exitCode = WEXITSTATUS(status);
  }
  return res;
}

int Usage(const char* msg) {
  if (msg) std::cerr << "errorcheck: " << msg << "\n";
  std::cerr << "usage: errorcheck [-v] [--timeout SECONDS] [--pass-flags] FILE.go -- CMD "
               "[ARGS...]\n";
  return kExitUsage;
}

int Fail(const std::string& file, const std::vector<std::string>& lines) {
  std::cout << "FAIL " << file << "\n";
  for (const auto& l : lines) {
    if (l.empty()) continue;
    std::cout << l << (l.back() == '\n' ? "" : "\n");
  }
  return kExitFail;
}

}  // namespace

int main(int argc, char** argv) {
  namespace ec = errorcheck;
  bool verbose = false;
  bool passFlags = false;
  std::optional<double> timeout;
  std::string file;
  std::vector<std::string> cmd;
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--") {
      i++;
      break;
    }
    if (a == "-v" || a == "--verbose") {
      verbose = true;
    } else if (a == "--pass-flags") {
      passFlags = true;
    } else if (a == "--timeout" || a.rfind("--timeout=", 0) == 0) {
      std::string v;
      if (a == "--timeout") {
        if (++i >= argc) return Usage("--timeout needs a value");
        v = argv[i];
      } else {
        v = a.substr(std::strlen("--timeout="));
      }
      try {
        timeout = std::stod(v);
      } catch (const std::exception&) {
        return Usage("bad --timeout value");
      }
      if (*timeout <= 0) return Usage("bad --timeout value");
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage(("unknown option " + a).c_str());
    } else if (file.empty()) {
      file = a;
    } else {
      return Usage("more than one FILE");
    }
  }
  for (; i < argc; i++) cmd.emplace_back(argv[i]);
  if (file.empty()) return Usage("missing FILE");
  if (cmd.empty()) return Usage("missing CMD after --");

  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "errorcheck: cannot read " << file << "\n";
    return kExitUsage;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string src = ss.str();

  ec::RecipeResult rr = ec::ParseRecipe(src);
  if (rr.status == ec::RecipeResult::Status::Skip) {
    std::cout << rr.message << "\n";
    return kExitSkip;
  }
  if (rr.status == ec::RecipeResult::Status::Error) return Fail(file, {rr.message});
  const ec::Recipe& recipe = rr.recipe;

  if (verbose) {
    std::cout << "recipe: " << recipe.action << " wantError=" << recipe.wantError
              << " wantAuto=" << recipe.wantAuto;
    if (!recipe.flags.empty()) {
      std::cout << (passFlags ? " (gc flags passed:" : " (gc flags not passed:");
      for (const auto& f : recipe.flags) std::cout << " " << f;
      std::cout << ")";
    }
    for (const auto& g : recipe.goexperiments) std::cout << " -goexperiment " << g;
    std::cout << "\n";
  }

  namespace fs = std::filesystem;
  const std::string absPath = fs::absolute(fs::path(file)).lexically_normal().string();
  const std::string shortName = fs::path(file).filename().string();

  double secs = timeout ? *timeout : recipe.timeoutSeconds ? *recipe.timeoutSeconds : 10.0;
  std::string goexperiment;
  if (passFlags) {
    cmd.insert(cmd.end(), recipe.flags.begin(), recipe.flags.end());
    for (const auto& g : recipe.goexperiments) {
      goexperiment += (goexperiment.empty() ? "" : ",") + g;
    }
  }
  cmd.push_back(absPath);
  RunResult run = RunCommand(cmd, secs, goexperiment);
  if (verbose) {
    std::cout << "output:\n"
              << run.output << (run.output.empty() || run.output.back() == '\n' ? "" : "\n");
  }

  if (!run.startError.empty()) return Fail(file, {run.startError});
  if (run.timedOut) {
    std::ostringstream msg;
    msg << "timeout (" << secs << " s)";
    return Fail(file, {msg.str()});
  }
  if (run.signal != 0) {
    std::string sig = strsignal(run.signal) ? strsignal(run.signal) : "";
    return Fail(file,
                {"crashed: signal " + std::to_string(run.signal) + " (" + sig + ")", run.output});
  }
  if (recipe.wantError && run.exitCode == 0) {
    return Fail(file, {"compilation succeeded unexpectedly", run.output});
  }
  if (!recipe.wantError && run.exitCode != 0) {
    return Fail(file,
                {"compilation failed unexpectedly: exit status " + std::to_string(run.exitCode),
                 run.output});
  }

  std::vector<std::string> fullPaths{absPath};
  if (file != absPath) fullPaths.push_back(file);
  std::vector<ec::Problem> problems;
  std::string err;
  if (!ec::CheckOutput(run.output, src, fullPaths, shortName, recipe.wantAuto, problems, &err)) {
    return Fail(file, {err});
  }
  if (!problems.empty()) {
    std::vector<std::string> lines;
    lines.reserve(problems.size());
    for (const auto& p : problems) lines.push_back(p.Format());
    return Fail(file, lines);
  }
  if (verbose) std::cout << "PASS " << file << "\n";
  return kExitPass;
}
