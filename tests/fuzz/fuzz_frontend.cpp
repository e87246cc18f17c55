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

// As in the gocc driver, the work runs on a thread with the compiler's large stack.
extern "C" auto LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) -> int {
  gocc::RunWithStack(gocc::kCompilerStackBytes, [&] { RunOne(data, size); });
  return 0;
}
