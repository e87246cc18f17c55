// Front-end throughput of gocc's lexer and parser over a file list, in the key=value format of
// gofront.go so run.sh can print the two side by side. Single-threaded; best of 3 runs.
//
//   gocc_frontend_bench -list FILE [-phase all|lex|parse]
//
// lex: every file lexed (comments kept) into one reused token buffer; tokens counts tokens,
// comments and EOF, as go/scanner's stream has them. parse: lex + parse of every file, all trees alive until the run ends; peak
// RSS is measured in a re-executed child that only parses, so the figure is the parser's.
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "lexer/lexer.h"
#include "parser/parser.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Corpus {
  gocc::SourceMap sources;
  std::vector<const gocc::SourceFile*> files;
  uint64_t lines = 0;
  uint64_t bytes = 0;
};

auto ReadCorpus(const std::string& list_path, Corpus& corpus) -> bool {
  std::ifstream list(list_path);
  if (!list) return false;
  for (std::string path; std::getline(list, path);) {
    if (path.empty()) continue;
    std::string error;
    const gocc::SourceFile* f = corpus.sources.Load(path, &error);
    if (f == nullptr) {
      std::cerr << error << '\n';
      return false;
    }
    corpus.files.push_back(f);
    std::string_view text = f->text();
    corpus.bytes += text.size();
    for (char c : text) corpus.lines += c == '\n';
    if (!text.empty() && text.back() != '\n') ++corpus.lines;
  }
  return true;
}

// A phase's shortest wall-clock and shortest process CPU time over the runs. On a loaded
// machine the CPU time is the steadier figure: it leaves out time spent waiting for a core.
struct Timing {
  double wall = 1e300;
  double cpu = 1e300;
};

auto CpuSeconds() -> double {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

auto Best(const std::function<void()>& run) -> Timing {
  Timing best;
  for (int i = 0; i < 3; ++i) {
    auto start = Clock::now();
    double cpu_start = CpuSeconds();
    run();
    best.cpu = std::min(best.cpu, CpuSeconds() - cpu_start);
    best.wall = std::min(best.wall, std::chrono::duration<double>(Clock::now() - start).count());
  }
  return best;
}

void Header(const Corpus& c, const char* phase, uint64_t tokens, Timing t) {
  std::printf(
      "tool=gocc phase=%s files=%zu lines=%llu bytes=%llu tokens=%llu seconds=%.6f "
      "cpu_seconds=%.6f",
      phase, c.files.size(), static_cast<unsigned long long>(c.lines),
      static_cast<unsigned long long>(c.bytes), static_cast<unsigned long long>(tokens), t.wall,
      t.cpu);
}

// Like go/scanner, which hands out one token at a time, the lexer's output for a file is
// consumed (counted) and its storage reused for the next file.
auto LexAll(Corpus& c) -> uint64_t {
  gocc::Diagnostics diags(c.sources);
  uint64_t tokens = 0;
  gocc::lex::TokenBuffer buffer(*c.files.front());
  for (const gocc::SourceFile* f : c.files) {
    gocc::lex::LexInto(*f, diags, buffer);
    tokens += buffer.size() + buffer.comments().size();
  }
  return tokens;
}

void ParseAll(Corpus& c) {
  gocc::Diagnostics diags(c.sources);
  gocc::Arena arena;
  std::vector<gocc::lex::TokenBuffer> buffers;
  buffers.reserve(c.files.size());
  for (const gocc::SourceFile* f : c.files) {
    buffers.push_back(gocc::lex::Lex(*f, diags));
    gocc::parse::Parse(buffers.back(), arena, diags);
  }
  if (diags.error_count() > 0) {
    std::cerr << "gocc_frontend_bench: unexpected errors\n";
    std::exit(1);
  }
}

}  // namespace

auto main(int argc, char** argv) -> int {
  std::string list, phase = "all", tokens_arg;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "-list") list = argv[i + 1];
    if (flag == "-phase") phase = argv[i + 1];
    if (flag == "-tokens") tokens_arg = argv[i + 1];
  }
  Corpus corpus;
  if (list.empty() || !ReadCorpus(list, corpus)) {
    std::cerr << "usage: gocc_frontend_bench -list FILE [-phase all|lex|parse]\n";
    return 2;
  }
  uint64_t tokens = 0;
  if (phase == "all" || phase == "lex") {
    Timing s = Best([&] { tokens = LexAll(corpus); });
    Header(corpus, "lex", tokens, s);
    std::printf("\n");
    std::fflush(stdout);
  }
  if (phase == "all") {
    // Parse in a fresh process so peak RSS is the parser's alone.
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return 1;
    self[n] = '\0';
    std::string cmd = "'" + std::string(self) + "' -list '" + list + "' -phase parse -tokens " +
                      std::to_string(tokens);
    std::fflush(stdout);
    return std::system(cmd.c_str()) == 0 ? 0 : 1;
  }
  if (phase == "parse") {
    tokens = tokens_arg.empty() ? LexAll(corpus) : std::stoull(tokens_arg);
    Timing s = Best([&] { ParseAll(corpus); });
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    Header(corpus, "parse", tokens, s);
    std::printf(" peak_rss_kb=%ld\n", ru.ru_maxrss);
  }
  return 0;
}
