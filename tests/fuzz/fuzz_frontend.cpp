// libFuzzer target for the front end: arbitrary bytes -> SourceMap -> lex -> parse -> dumps.
//
// Every stage must accept any input without crashing, hanging or leaking: bad bytes become
// diagnostics, never undefined behaviour. The token and AST dumps and the diagnostic printer run
// too, so the code that walks the (possibly error-ridden) tree is exercised as well. Their output
// goes to a stream that accepts and drops everything (a stream with no buffer would set badbit
// and skip the formatting we want to exercise).
//
// Built as the libFuzzer binary fuzz_frontend with -DGOCC_FUZZ=ON (scripts/fuzz.sh), and in every
// other build as fuzz_frontend_replay (replay_main.cpp), which ctest runs on tests/fuzz/corpus/.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <streambuf>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

#include "ast/dump.h"
#include "lexer/dump.h"
#include "lexer/lexer.h"
#include "parser/parser.h"
#include "support/arena.h"
#include "support/big_stack.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace {

class DiscardBuf : public std::streambuf {
 protected:
  auto overflow(int_type c) -> int_type override { return traits_type::not_eof(c); }
  auto xsputn(const char_type*, std::streamsize n) -> std::streamsize override { return n; }
};

}  // namespace

namespace {
void RunOne(const uint8_t* data, size_t size) {
  using namespace gocc;
  DiscardBuf buf;
  std::ostream discard(&buf);

  SourceMap sources;
  const SourceFile* file =
      sources.Add("fuzz.go", std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags(sources);
  lex::TokenBuffer tokens = lex::Lex(*file, diags);
  lex::DumpTokens(tokens, discard);
  Arena arena;
  ast::File* tree = parse::Parse(tokens, arena, diags);
  if (tree != nullptr) {
    ast::Dump(*tree, *file, discard);
    ast::Dump(*tree, *file, discard, /*positions=*/false);
  }
  diags.Print(discard);     // gc's default: stop after 10 errors
  diags.Print(discard, 0);  // -e: every error
}
}  // namespace

namespace {
// Whether this thread's stack can already grow to the compiler's stack size: the main thread,
// when `ulimit -s` allows it (scripts/fuzz.sh raises the limit). A new thread per input costs
// more than lexing and parsing a small input (about 20 times fewer executions per second under
// ASan), so the libFuzzer binary runs on its main thread when it may.
auto MainStackIsBigEnough() -> bool {
  if (gettid() != getpid()) return false;
  rlimit limit{};
  return getrlimit(RLIMIT_STACK, &limit) == 0 &&
         (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= gocc::kCompilerStackBytes);
}
}  // namespace

// As in the gocc driver, the work runs on a stack of the compiler's size.
extern "C" auto LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) -> int {
  static const bool big_enough = MainStackIsBigEnough();
  if (big_enough) {
    RunOne(data, size);
  } else {
    gocc::RunWithStack(gocc::kCompilerStackBytes, [&] { RunOne(data, size); });
  }
  return 0;
}
