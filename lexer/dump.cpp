// `gocc tokens`: one token per line, `LINE:COL KIND TEXT`, comments merged in by position, in the
// format of tests/tokens/scandump.go so the stream can be compared with go/scanner's.
// TEXT is the token's source (an automatic semicolon is "\n"; EOF has none), with backslash,
// newline and carriage return escaped; carriage returns are dropped from comments and raw
// strings as go/scanner drops them.
#include "lexer/dump.h"

#include <ostream>

namespace gocc::lex {

namespace {

void WriteEscaped(std::ostream& out, std::string_view text, bool drop_cr) {
  for (char c : text) {
    switch (c) {
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r':
        if (!drop_cr) out << "\\r";
        break;
      default: out << c; break;
    }
  }
}

}  // namespace

void DumpTokens(const TokenBuffer& tokens, std::ostream& out) {
  const SourceFile& file = tokens.file();
  const auto& comments = tokens.comments();
  size_t next_comment = 0;
  auto position = [&](uint32_t offset) {
    // go/token never starts a line at the end of the file: there, a final newline's line
    // continues (gc's positions would say line+1, column 1).
    bool past_final_newline = offset == file.size() && offset > 0 && file.text().back() == '\n';
    LineCol lc = file.LineColAt(past_final_newline ? offset - 1 : offset);
    if (past_final_newline) ++lc.col;
    out << lc.line << ':' << lc.col << ' ';
  };
  auto flush_comments_before = [&](uint32_t offset) {
    while (next_comment < comments.size() && comments[next_comment].offset < offset) {
      TokenInfo c = comments[next_comment++];
      position(c.offset);
      out << "COMMENT ";
      WriteEscaped(out, file.text().substr(c.offset, c.end - c.offset), true);
      out << '\n';
    }
  };
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    TokenInfo info = tokens.info(i);
    TokenKind kind = tokens.kind(i);
    // A token and a comment never share an offset, except an automatic semicolon placed at the
    // comment that ends its line: the semicolon comes first.
    flush_comments_before(info.offset);
    position(info.offset);
    out << GoNameOf(kind);
    if (kind == TokenKind::EndOfFile) {
      out << '\n';
      break;
    }
    out << ' ';
    if (tokens.IsAutoSemicolon(i)) {
      out << "\\n";
    } else {
      std::string_view text = tokens.text(i);
      WriteEscaped(out, text, kind == TokenKind::String && !text.empty() && text[0] == '`');
    }
    out << '\n';
  }
}

}  // namespace gocc::lex
