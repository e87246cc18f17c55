// The lexer.
//
// One pass over the bytes with a pointer. The file's text is followed by SourceFile::kPadding
// NUL bytes, which end every inner loop without a bounds check (and let the byte scanners of
// byte_scan.h read 16 bytes ahead); a NUL inside the file is an error.
//
// The loop in Run keeps everything hot in registers: the position, the token arrays and their
// count (written straight into TokenBuffer's storage), and whether a semicolon is due. It
// switches on the first byte of a token; the common tokens (identifiers and keywords, small
// integers, operators, strings without escapes, comments of ASCII text) are lexed in their
// case, and everything else (Unicode, escapes, other number forms, errors) by the member
// functions below, which work on p_.
//
// Automatic semicolons (spec "Semicolons"): after a line's final token, if that token is an
// identifier, a literal, one of the keywords break continue fallthrough return, or one of
// ++ -- ) ] }, a semicolon is inserted. As go/scanner does, the inserted semicolon sits at the
// newline, or at the start of a comment that runs to the end of the line, or at end of file;
// it is an empty token (end == offset), which is how the parser tells "newline" from ";".
#include "lexer/lexer.h"

#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/byte_scan.h"

namespace gocc::lex {

namespace {

inline auto IsDigit(char c) -> bool { return static_cast<unsigned>(static_cast<uint8_t>(c) - '0') < 10u; }
inline auto IsIdentByte(char c) -> bool { return IsAsciiIdentByte(c); }
constexpr auto MakeBlankTable() -> std::array<bool, 256> {
  std::array<bool, 256> table{};
  table[' '] = table['\t'] = table['\r'] = true;
  return table;
}
constexpr std::array<bool, 256> kBlank = MakeBlankTable();
// One load and one branch (a range check and a bit test would be two branches).
inline auto IsBlank(char c) -> bool { return kBlank[static_cast<uint8_t>(c)]; }
inline auto Lower(char c) -> char { return static_cast<char>(c | 0x20); }
inline auto IsHex(char c) -> bool { return IsDigit(c) || (Lower(c) >= 'a' && Lower(c) <= 'f'); }

// Bytes that may continue a number after its leading decimal digits: a decimal integer followed
// by none of them is complete (the fast path); anything else goes to LexNumber.
constexpr auto MakeNumberTailTable() -> std::array<bool, 256> {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[c] = IsAsciiIdentByte(static_cast<char>(c));
  table['.'] = true;
  return table;
}
constexpr std::array<bool, 256> kNumberTail = MakeNumberTailTable();

constexpr auto MakeHexDigitTable() -> std::array<bool, 256> {
  std::array<bool, 256> table{};
  for (char c : std::string_view("0123456789abcdefABCDEF")) table[static_cast<uint8_t>(c)] = true;
  return table;
}
constexpr std::array<bool, 256> kHexDigit = MakeHexDigitTable();

inline auto LittleEndian64(uint64_t w) -> uint64_t {
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// Eight bytes at s as a number whose lowest byte is s[0].
inline auto LoadLittle64(const char* s) -> uint64_t {
  uint64_t w;
  std::memcpy(&w, s, 8);
  return LittleEndian64(w);
}

// Keywords by a perfect hash of their first two bytes and length (the function gc uses; it has
// no collisions on Go's 25 keywords, which MakeKeywordTable checks at compile time). A candidate
// is compared as two 8-byte words: the padding after the text makes the loads safe.
constexpr auto KeywordHash(const char* s, size_t n) -> size_t {
  return (((static_cast<size_t>(static_cast<uint8_t>(s[0])) << 4) ^
           static_cast<uint8_t>(s[1])) + n) & 63;
}

struct KeywordEntry {
  uint64_t low = 0;   // bytes 0-7 of the spelling, zero-filled
  uint64_t high = 0;  // bytes 8-15
  uint64_t low_mask = 0;
  uint64_t high_mask = 0;
  uint8_t length = 0;
  TokenKind kind = TokenKind::Ident;
};

constexpr auto MakeKeywordTable() -> std::array<KeywordEntry, 64> {
  std::array<KeywordEntry, 64> table{};
  constexpr struct {
    const char* text;
    TokenKind kind;
  } kKeywords[] = {
#define KEYWORD(Name, Spelling, GoName) {Spelling, TokenKind::Name},
#include "lexer/token_kinds.def"
  };
  for (const auto& kw : kKeywords) {
    size_t n = std::char_traits<char>::length(kw.text);
    if (n < 2 || n > 16) throw "keyword length";  // fails constant evaluation
    KeywordEntry& e = table[KeywordHash(kw.text, n)];
    if (e.length != 0) throw "keyword hash collision";
    e.length = static_cast<uint8_t>(n);
    e.kind = kw.kind;
    for (size_t i = 0; i < n; ++i) {
      uint64_t byte = static_cast<uint8_t>(kw.text[i]);
      if (i < 8) {
        e.low |= byte << (8 * i);
        e.low_mask |= uint64_t{0xff} << (8 * i);
      } else {
        e.high |= byte << (8 * (i - 8));
        e.high_mask |= uint64_t{0xff} << (8 * (i - 8));
      }
    }
  }
  return table;
}
constexpr std::array<KeywordEntry, 64> kKeywordTable = MakeKeywordTable();

// The kind of the identifier s[0:n] (n >= 1): a keyword's, or Ident. Without branches: whether an
// identifier is a keyword is a coin toss for the branch predictor, and the answer is only
// stored, so the lexer's loop need not wait for it. (A length of 1 or above 16 never equals an
// entry's; empty entries have length 0.)
inline auto KeywordKind(const char* s, size_t n) -> TokenKind {
  const KeywordEntry& e = kKeywordTable[KeywordHash(s, n)];
  bool match = (e.length == n) & ((LoadLittle64(s) & e.low_mask) == e.low) &
               ((LoadLittle64(s + 8) & e.high_mask) == e.high);
  return match ? e.kind : TokenKind::Ident;
}

// The first byte at or after `from` that is not an ASCII identifier byte, from the marks of
// MarkAsciiIdentBytes for the text at begin: the run of marks from from's bit on, up to 57 of
// them in one load; a longer identifier goes on with the byte scanner.
inline auto IdentEnd(const char* from, const char* begin, const uint8_t* marks) -> const char* {
  auto off = static_cast<size_t>(from - begin);
  uint64_t run;
  std::memcpy(&run, marks + off / 8, 8);
  run = LittleEndian64(run) >> (off % 8);
  auto n = static_cast<unsigned>(std::countr_one(run));
  return n < 57 ? from + n : SkipAsciiIdentBytes(from + n);
}

// Tokens after which a newline becomes a semicolon (spec "Semicolons").
constexpr auto MakeInsertsSemicolonTable() -> std::array<bool, 256> {
  std::array<bool, 256> table{};
  for (TokenKind kind : {TokenKind::Ident, TokenKind::Int, TokenKind::Float, TokenKind::Imag,
                         TokenKind::Char, TokenKind::String, TokenKind::Break,
                         TokenKind::Continue, TokenKind::Fallthrough, TokenKind::Return,
                         TokenKind::Inc, TokenKind::Dec, TokenKind::RParen, TokenKind::RBrack,
                         TokenKind::RBrace}) {
    table[static_cast<size_t>(kind)] = true;
  }
  return table;
}
constexpr std::array<bool, 256> kInsertsSemicolon = MakeInsertsSemicolonTable();

auto BaseName(int base) -> const char* {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
  }
}

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags, TokenBuffer& out)
      : file_(file), diags_(diags), tokens_(out) {
    begin_ = file.text().data();
    end_ = begin_ + file.size();
    p_ = begin_;
  }

  void Run();

 private:
  auto Offset(const char* p) const -> uint32_t { return static_cast<uint32_t>(p - begin_); }
  template <typename... Args>
  void ErrorAt(const char* p, DiagKind kind, const Args&... args) {
    diags_.Report(file_.PosAt(Offset(p)), kind, args...);
  }

  // Consumes one non-ASCII, NUL or otherwise special character at p_ outside of tokens'
  // fast paths, reporting what gc reports. Returns the rune (0xFFFD for invalid UTF-8).
  auto NextRune() -> uint32_t;
  // Consumes the special character at p (see NextRune) and returns the position after it.
  [[gnu::noinline]] auto SkipRune(const char* p) -> const char* {
    p_ = p;
    NextRune();
    return p_;
  }
  auto StartsLineEnd(const char* p) const -> bool;
  auto LexComment(const char* start) -> const char*;
  void LineDirective(const char* start);
  [[gnu::noinline]] auto LexIdentifierRest(const char* p) -> const char* {
    p_ = p;
    LexIdentifier();
    return p_;
  }
  void LexIdentifier();
  [[gnu::noinline]] auto LexNumberAt(const char* start, TokenKind* kind) -> const char* {
    token_start_ = p_ = start;
    *kind = LexNumber(false);
    return p_;
  }
  auto LexNumber(bool seen_point) -> TokenKind;
  auto Digits(int base, const char** invalid) -> int;
  [[gnu::noinline]] auto LexStringRest(const char* start, const char* p) -> const char* {
    token_start_ = start;
    p_ = p;
    LexString();
    return p_;
  }
  void LexString();
  auto LexRawString(const char* start) -> const char*;
  [[gnu::noinline]] auto LexRuneAt(const char* start) -> const char* {
    token_start_ = p_ = start;
    LexRune();
    return p_;
  }
  void LexRune();
  auto Escape(char quote) -> bool;
  // A token starting with a NUL or non-ASCII byte, or an invalid ASCII byte. Returns whether
  // it was an identifier (and sets *end after it); otherwise *end is past what was reported.
  auto LexSpecial(const char* p, const char** end) -> bool;

  const SourceFile& file_;
  Diagnostics& diags_;
  TokenBuffer& tokens_;
  const char* begin_;
  const char* end_;
  const char* p_;
  const char* token_start_ = nullptr;
};

auto Lexer::NextRune() -> uint32_t {
  if (*p_ == '\0') {
    ErrorAt(p_, DiagKind::InvalidNul);
    ++p_;
    return 0;
  }
  DecodedRune d = DecodeRune(p_, end_);
  if (d.rune == 0xfffd && d.width == 1) {
    ErrorAt(p_, DiagKind::InvalidUtf8);
  } else if (d.rune == 0xfeff && p_ != begin_) {
    ErrorAt(p_, DiagKind::InvalidBom);
  }
  p_ += d.width;
  return d.rune;
}

void Lexer::Run() {
  const char* const begin = begin_;
  // Room for every token the file can have, so that adding one needs no check: each token
  // but EOF and automatic semicolons takes at least a byte, and each automatic semicolon but
  // the one at EOF takes the newline or the comment it stands for.
  TokenBuffer::Storage out = tokens_.StorageFor(0, file_.size() + 2);
  TokenKind* const kinds = out.kinds;
  TokenInfo* const infos = out.infos;
  uint32_t count = 0;
  // The kind of the last token, kept in a register for the semicolon rule (a comment is no
  // token; before the first token, a kind that calls for no semicolon).
  TokenKind last = TokenKind::Semicolon;
  const char* p = begin;
  // Identifier bytes marked up front (MarkAsciiIdentBytes), in storage reused across files, with
  // 8 zero bytes after the marks so that IdentEnd's 8-byte loads stay inside.
  thread_local std::vector<uint8_t> ident_marks;
  size_t mark_bytes = (file_.size() + 15) / 16 * 2;
  if (ident_marks.size() < mark_bytes + 8) ident_marks.resize(mark_bytes + 8);
  MarkAsciiIdentBytes(begin, file_.size(), ident_marks.data());
  std::memset(ident_marks.data() + mark_bytes, 0, 8);
  const uint8_t* const marks = ident_marks.data();
  // The loop's helpers are macros, not lambdas: a lambda that captured p or count by reference
  // made GCC keep them in memory.
#define EMIT(kind, from, to)                                                                  \
  do {                                                                                        \
    kinds[count] = (kind);                                                                    \
    infos[count] = TokenInfo{static_cast<uint32_t>((from) - begin),                           \
                             static_cast<uint32_t>((to) - begin)};                            \
    ++count;                                                                                  \
    last = (kind);                                                                            \
  } while (false)
  // An operator or punctuation token of `length` bytes at p.
#define OP(kind, length)       \
  do {                         \
    EMIT(kind, p, p + length); \
    p += length;               \
  } while (false)
#define OP_OR_ASSIGN(plain, assign) \
  do {                              \
    if (p[1] == '=') {              \
      OP(assign, 2);                \
    } else {                        \
      OP(plain, 1);                 \
    }                               \
  } while (false)
  // Whether a newline here would be a semicolon: whether the last token calls for one (a
  // comment never does, and an automatic semicolon is the last token after one was inserted).
#define SEMICOLON_DUE() kInsertsSemicolon[static_cast<size_t>(last)]

  // A byte order mark is allowed as the very first character.
  if (file_.size() >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) p += 3;

  while (true) {
    // Blanks between tokens are skipped here rather than dispatched: most tokens follow one.
    while (IsBlank(*p)) ++p;
    const char* start = p;
    switch (static_cast<uint8_t>(*p)) {
      case '\n':
        {
          // Without a branch, which would be mispredicted at a third of the newlines: the
          // semicolon is always written and counted only if due.
          bool due = SEMICOLON_DUE();
          kinds[count] = TokenKind::Semicolon;
          infos[count] = TokenInfo{static_cast<uint32_t>(p - begin), static_cast<uint32_t>(p - begin)};
          count += due;
          last = due ? TokenKind::Semicolon : last;
        }
        ++p;
        continue;

      case 'a' ... 'z': {
        p = IdentEnd(p + 1, begin, marks);
        TokenKind kind = TokenKind::Ident;
        if (static_cast<int8_t>(*p) < 0) {
          p = LexIdentifierRest(p);
        } else {
          kind = KeywordKind(start, static_cast<size_t>(p - start));
        }
        EMIT(kind, start, p);
        continue;
      }
      case 'A' ... 'Z':
      case '_':  // no keyword starts with these
        p = IdentEnd(p + 1, begin, marks);
        if (static_cast<int8_t>(*p) < 0) p = LexIdentifierRest(p);
        EMIT(TokenKind::Ident, start, p);
        continue;

      case '1' ... '9':
      case '0': {
        const char* q = p + 1;
        if (*p != '0') {
          while (IsDigit(*q)) ++q;
        } else if (Lower(*q) == 'x' && kHexDigit[static_cast<uint8_t>(q[1])]) {
          q += 2;
          while (kHexDigit[static_cast<uint8_t>(*q)]) ++q;
        }
        TokenKind kind = TokenKind::Int;
        // A decimal or hexadecimal integer is complete unless a letter, digit, '_' or '.'
        // follows (other forms, separators, exponents and errors are LexNumber's).
        p = kNumberTail[static_cast<uint8_t>(*q)] ? LexNumberAt(start, &kind) : q;
        EMIT(kind, start, p);
        continue;
      }
      case '.':
        if (IsDigit(p[1])) {
          TokenKind kind;
          p = LexNumberAt(start, &kind);
          EMIT(kind, start, p);
        } else if (p[1] == '.' && p[2] == '.') {
          OP(TokenKind::Ellipsis, 3);
        } else {
          OP(TokenKind::Period, 1);
        }
        continue;

      case '"': {
        const char* q = FindStopOrSpecial<'"', '\\', '\n'>(p + 1);
        p = *q == '"' ? q + 1 : LexStringRest(start, q);
        EMIT(TokenKind::String, start, p);
        continue;
      }
      case '`':
        p = LexRawString(start);
        EMIT(TokenKind::String, start, p);
        continue;
      case '\'':
        p = LexRuneAt(start);
        EMIT(TokenKind::Char, start, p);
        continue;

      case '/':
        if (p[1] == '/' || p[1] == '*') {
          if (SEMICOLON_DUE() && StartsLineEnd(p)) EMIT(TokenKind::Semicolon, p, p);
          p = LexComment(p);
          continue;
        }
        OP_OR_ASSIGN(TokenKind::Quo, TokenKind::QuoAssign);
        continue;

      case '(': OP(TokenKind::LParen, 1); continue;
      case ')': OP(TokenKind::RParen, 1); continue;
      case '[': OP(TokenKind::LBrack, 1); continue;
      case ']': OP(TokenKind::RBrack, 1); continue;
      case '{': OP(TokenKind::LBrace, 1); continue;
      case '}': OP(TokenKind::RBrace, 1); continue;
      case ',': OP(TokenKind::Comma, 1); continue;
      case ';': OP(TokenKind::Semicolon, 1); continue;
      case '~': OP(TokenKind::Tilde, 1); continue;
      case ':': OP_OR_ASSIGN(TokenKind::Colon, TokenKind::Define); continue;
      case '*': OP_OR_ASSIGN(TokenKind::Mul, TokenKind::MulAssign); continue;
      case '%': OP_OR_ASSIGN(TokenKind::Rem, TokenKind::RemAssign); continue;
      case '^': OP_OR_ASSIGN(TokenKind::Xor, TokenKind::XorAssign); continue;
      case '=': OP_OR_ASSIGN(TokenKind::Assign, TokenKind::Equal); continue;
      case '!': OP_OR_ASSIGN(TokenKind::Not, TokenKind::NotEqual); continue;
      case '+':
        if (p[1] == '+') {
          OP(TokenKind::Inc, 2);
        } else {
          OP_OR_ASSIGN(TokenKind::Add, TokenKind::AddAssign);
        }
        continue;
      case '-':
        if (p[1] == '-') {
          OP(TokenKind::Dec, 2);
        } else {
          OP_OR_ASSIGN(TokenKind::Sub, TokenKind::SubAssign);
        }
        continue;
      case '<':
        if (p[1] == '-') {
          OP(TokenKind::Arrow, 2);
        } else if (p[1] == '<') {
          if (p[2] == '=') {
            OP(TokenKind::ShlAssign, 3);
          } else {
            OP(TokenKind::Shl, 2);
          }
        } else {
          OP_OR_ASSIGN(TokenKind::Less, TokenKind::LessEqual);
        }
        continue;
      case '>':
        if (p[1] == '>') {
          if (p[2] == '=') {
            OP(TokenKind::ShrAssign, 3);
          } else {
            OP(TokenKind::Shr, 2);
          }
        } else {
          OP_OR_ASSIGN(TokenKind::Greater, TokenKind::GreaterEqual);
        }
        continue;
      case '&':
        if (p[1] == '&') {
          OP(TokenKind::LogicalAnd, 2);
        } else if (p[1] == '^') {
          if (p[2] == '=') {
            OP(TokenKind::AndNotAssign, 3);
          } else {
            OP(TokenKind::AndNot, 2);
          }
        } else {
          OP_OR_ASSIGN(TokenKind::And, TokenKind::AndAssign);
        }
        continue;
      case '|':
        if (p[1] == '|') {
          OP(TokenKind::LogicalOr, 2);
        } else {
          OP_OR_ASSIGN(TokenKind::Or, TokenKind::OrAssign);
        }
        continue;

      case 0x80 ... 0xff:  // (listed so that the switch's table covers every byte)
      default:  // NUL (maybe the end), non-ASCII bytes and ASCII bytes that start no token
        if (p >= end_) {
          if (SEMICOLON_DUE()) EMIT(TokenKind::Semicolon, end_, end_);
          EMIT(TokenKind::EndOfFile, end_, end_);
          tokens_.SetSize(count);
          return;
        }
        if (LexSpecial(start, &p)) {
          EMIT(TokenKind::Ident, start, p);
        }
        continue;
    }
  }
#undef OP_OR_ASSIGN
#undef OP
#undef SEMICOLON_DUE
#undef EMIT
}

auto Lexer::LexSpecial(const char* p, const char** end) -> bool {
  if (!IsSpecialByte(*p)) {
    ErrorAt(p, DiagKind::InvalidCharacterPlain, FormatRuneU(static_cast<uint8_t>(*p)));
    *end = p + 1;
    return false;
  }
  p_ = p;
  uint32_t rune = NextRune();
  if (rune == 0 || rune == 0xfffd || rune == 0xfeff) {  // already reported
    *end = p_;
    return false;
  }
  if (IsUnicodeDigit(rune)) {
    ErrorAt(p, DiagKind::IdentifierCannotBegin, FormatRuneU(rune));
  } else if (!IsUnicodeLetter(rune)) {
    // gc takes any other non-ASCII character for a bad identifier character.
    ErrorAt(p, DiagKind::InvalidCharacter, FormatRuneU(rune), "identifier");
  }
  LexIdentifier();
  *end = p_;
  return true;
}

// Called with a semicolon due at the start of a comment: does the line end before the next
// token, so that the semicolon belongs here? (go/scanner's findLineEnd.)
auto Lexer::StartsLineEnd(const char* p) const -> bool {
  while (p[0] == '/' && (p[1] == '/' || p[1] == '*')) {
    if (p[1] == '/') return true;  // a line comment always runs to a newline or EOF
    p += 2;
    while (p < end_) {
      if (*p == '\n') return true;
      if (p[0] == '*' && p[1] == '/') break;
      ++p;
    }
    if (p >= end_) return true;
    p += 2;
    while (IsBlank(*p)) ++p;
    if (p >= end_ || *p == '\n') return true;
  }
  return false;
}

// Lexes the comment at start and returns the position after it (a line comment stops before
// its newline). Every character is checked as gc's scanner checks it: only NULs and non-ASCII
// bytes stop the scan for that.
auto Lexer::LexComment(const char* start) -> const char* {
  const char* p = start + 2;
  if (start[1] == '/') {
    while (true) {
      p = FindStopOrSpecial<'\n'>(p);
      if (*p == '\n' || p >= end_) break;
      p = SkipRune(p);
    }
  } else {
    while (true) {
      p = FindStopOrSpecial<'*'>(p);
      if (*p == '*') {
        if (p[1] == '/') {
          p += 2;
          break;
        }
        ++p;
      } else if (p >= end_) {
        ErrorAt(start, DiagKind::CommentNotTerminated);
        p = end_;
        break;
      } else {
        p = SkipRune(p);
      }
    }
  }
  tokens_.AddComment(Offset(start), Offset(p));
  // `//line` directives count only at the start of a line; `/*line` ones anywhere.
  if (p - start > 7 && std::memcmp(start + 2, "line ", 5) == 0 &&
      (start[1] == '*' || start == begin_ || start[-1] == '\n')) {
    p_ = p;
    LineDirective(start);
  }
  return p;
}

namespace {

// trailingDigits: for "name:123" returns the index after the last ':' and the number, with ok
// false if what follows the colon is not a (not too large) number; index 0 if there is no colon.
struct TrailingDigits {
  size_t index = 0;
  uint64_t value = 0;
  bool ok = false;
};
auto TrailingDigitsOf(std::string_view text) -> TrailingDigits {
  size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) return {};
  TrailingDigits r{colon + 1, 0, colon + 1 < text.size()};
  for (size_t i = colon + 1; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9' || r.value > 1u << 30) {
      r.ok = false;
      break;
    }
    r.value = r.value * 10 + static_cast<uint64_t>(text[i] - '0');
  }
  return r;
}

}  // namespace

// Records a line directive (the comment at `start`, which p_ has just passed), as gc's
// parser does (updateBase), with its errors for bad line and column numbers.
void Lexer::LineDirective(const char* start) {
  bool line_comment = start[1] == '/';
  const char* text_begin = start + 7;
  const char* text_end = line_comment ? p_ : p_ - 2;
  std::string_view text(text_begin, static_cast<size_t>(text_end - text_begin));
  if (!line_comment && text.find('\n') != std::string_view::npos) return;
  if (line_comment && !text.empty() && text.back() == '\r') text.remove_suffix(1);

  TrailingDigits last = TrailingDigitsOf(text);
  if (last.index == 0) return;  // not a line directive
  if (!last.ok) {
    ErrorAt(text_begin + last.index, DiagKind::NonSyntax,
            "invalid line number: " + std::string(text.substr(last.index)));
    return;
  }
  uint64_t line = last.value;
  uint64_t col = 0;
  size_t line_index = last.index;
  TrailingDigits prev = TrailingDigitsOf(text.substr(0, last.index - 1));
  if (prev.ok) {  // filename:line:col
    line = prev.value;
    col = last.value;
    line_index = prev.index;
    if (col == 0 || col > (1u << 30)) {
      ErrorAt(text_begin + last.index, DiagKind::NonSyntax,
              "invalid column number: " + std::string(text.substr(last.index)));
      return;
    }
  }
  if (line == 0 || line > (1u << 30)) {
    ErrorAt(text_begin + line_index, DiagKind::NonSyntax,
            "invalid line number: " + std::string(text.substr(line_index)));
    return;
  }
  std::string filename(text.substr(0, line_index - 1));
  if (filename.empty() && prev.ok) filename = file_.path();
  uint32_t after = line_comment ? (p_ < end_ ? Offset(p_) + 1 : Offset(end_)) : Offset(p_);
  file_.AddLineDirective(gocc::LineDirective{after, std::move(filename),
                                             static_cast<uint32_t>(line),
                                             static_cast<uint32_t>(col)});
}

// Continues an identifier from p_ after its ASCII prefix, through letters and digits of any script.
void Lexer::LexIdentifier() {
  while (true) {
    if (IsIdentByte(*p_)) {
      ++p_;
      continue;
    }
    if (static_cast<uint8_t>(*p_) < 0x80) return;
    const char* start = p_;
    DecodedRune d = DecodeRune(p_, end_);
    if (IsUnicodeLetter(d.rune) || IsUnicodeDigit(d.rune)) {
      p_ += d.width;
      continue;
    }
    if ((d.rune == 0xfffd && d.width == 1) || d.rune == 0xfeff) {
      NextRune();  // reports invalid UTF-8 or a BOM and skips it, as gc does
      continue;
    }
    ErrorAt(start, DiagKind::InvalidCharacter, FormatRuneU(d.rune), "identifier");
    p_ += d.width;
  }
}

// Digits scans digits and '_' of the given base (octal and binary literals accept all decimal
// digits, remembering the first invalid one). Returns bit 0 if a digit was seen, bit 1 for '_'.
auto Lexer::Digits(int base, const char** invalid) -> int {
  int digsep = 0;
  if (base <= 10) {
    char max = static_cast<char>('0' + base);
    while (IsDigit(*p_) || *p_ == '_') {
      int ds = 1;
      if (*p_ == '_') {
        ds = 2;
      } else if (*p_ >= max && invalid != nullptr && *invalid == nullptr) {
        *invalid = p_;
      }
      digsep |= ds;
      ++p_;
    }
  } else {
    while (IsHex(*p_) || *p_ == '_') {
      digsep |= *p_ == '_' ? 2 : 1;
      ++p_;
    }
  }
  return digsep;
}

// InvalidSeparator returns the index of the first '_' in a literal that does not separate two
// digits (or a base prefix and a digit), or -1.
auto InvalidSeparator(std::string_view x) -> int {
  char x1 = ' ';
  char d = '.';  // '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = Lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (IsDigit(d) || (x1 == 'x' && IsHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

// Number = int_lit | float_lit | imaginary_lit (spec "Integer/Floating-point/Imaginary literals").
auto Lexer::LexNumber(bool seen_point) -> TokenKind {
  bool ok = true;
  TokenKind kind = TokenKind::Int;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  const char* invalid = nullptr;

  if (*p_ == '.') seen_point = true;
  if (!seen_point) {
    if (*p_ == '0') {
      ++p_;
      switch (Lower(*p_)) {
        case 'x': ++p_; base = 16; prefix = 'x'; break;
        case 'o': ++p_; base = 8; prefix = 'o'; break;
        case 'b': ++p_; base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1; break;
      }
    }
    digsep |= Digits(base, &invalid);
    if (*p_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        ErrorAt(p_, DiagKind::InvalidRadixPoint, BaseName(base));
        ok = false;
      }
      ++p_;
      seen_point = true;
    }
  } else {
    ++p_;  // the leading '.'
  }
  if (seen_point) {
    kind = TokenKind::Float;
    digsep |= Digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    ErrorAt(p_, DiagKind::NoDigits, BaseName(base));
    ok = false;
  }

  char e = Lower(*p_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        ErrorAt(p_, DiagKind::ExponentRequiresMantissa, QuoteRune(static_cast<uint8_t>(*p_)),
                "decimal");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        ErrorAt(p_, DiagKind::ExponentRequiresMantissa, QuoteRune(static_cast<uint8_t>(*p_)),
                "hexadecimal");
        ok = false;
      }
    }
    ++p_;
    kind = TokenKind::Float;
    if (*p_ == '+' || *p_ == '-') ++p_;
    digsep = Digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      ErrorAt(p_, DiagKind::ExponentNoDigits);
      ok = false;
    }
  } else if (prefix == 'x' && kind == TokenKind::Float && ok) {
    ErrorAt(p_, DiagKind::HexMantissaNeedsP);
    ok = false;
  }

  if (*p_ == 'i') {
    kind = TokenKind::Imag;
    ++p_;
  }

  if (kind == TokenKind::Int && invalid != nullptr && ok) {
    ErrorAt(invalid, DiagKind::InvalidDigit, QuoteRune(static_cast<uint8_t>(*invalid)),
            BaseName(base));
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    std::string_view lit(token_start_, static_cast<size_t>(p_ - token_start_));
    if (int i = InvalidSeparator(lit); i >= 0) {
      ErrorAt(token_start_ + i, DiagKind::SeparatorPlacement);
    }
  }
  return kind;
}

// Escape validates the escape sequence after a backslash (p_ is past the backslash).
// Returns false after reporting an error.
auto Lexer::Escape(char quote) -> bool {
  int n;
  uint32_t base, max;
  char c = *p_;
  if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' ||
      c == 'v' || c == '\\') {
    ++p_;
    return true;
  }
  if (c >= '0' && c <= '7') {
    n = 3, base = 8, max = 255;
  } else if (c == 'x') {
    ++p_;
    n = 2, base = 16, max = 255;
  } else if (c == 'u') {
    ++p_;
    n = 4, base = 16, max = 0x10ffff;
  } else if (c == 'U') {
    ++p_;
    n = 8, base = 16, max = 0x10ffff;
  } else {
    if (p_ >= end_) return true;  // the caller complains about EOF
    ErrorAt(p_, DiagKind::UnknownEscape);
    return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    if (p_ >= end_) return true;
    uint32_t d = base;
    char ch = *p_;
    if (IsDigit(ch)) {
      d = static_cast<uint32_t>(ch - '0');
    } else if (Lower(ch) >= 'a' && Lower(ch) <= 'f') {
      d = static_cast<uint32_t>(Lower(ch) - 'a' + 10);
    }
    if (d >= base) {
      uint32_t rune = static_cast<uint8_t>(ch) < 0x80 ? static_cast<uint8_t>(ch)
                                                      : DecodeRune(p_, end_).rune;
      ErrorAt(p_, DiagKind::InvalidEscapeChar, QuoteRune(rune), BaseName(static_cast<int>(base)));
      return false;
    }
    x = x * base + d;
    ++p_;
  }
  if (x > max && base == 8) {
    ErrorAt(p_, DiagKind::OctalEscapeTooLarge, std::to_string(x));
    return false;
  }
  if (x > max || (x >= 0xd800 && x < 0xe000)) {
    ErrorAt(p_, DiagKind::EscapeInvalidCodePoint, FormatRuneU(x));
    return false;
  }
  return true;
}

// The rest of an interpreted string, from p_ (inside it, at a byte the fast path stopped at).
void Lexer::LexString() {
  while (true) {
    p_ = FindStopOrSpecial<'"', '\\', '\n'>(p_);
    char c = *p_;
    if (c == '"') {
      ++p_;
      return;
    }
    if (c == '\\') {
      ++p_;
      Escape('"');
      continue;
    }
    if (c == '\n') {
      ErrorAt(p_, DiagKind::NewlineInString);
      return;
    }
    if (p_ >= end_) {
      ErrorAt(token_start_, DiagKind::StringNotTerminated);
      return;
    }
    NextRune();
  }
}

// The raw string at start; returns the position after it.
auto Lexer::LexRawString(const char* start) -> const char* {
  const char* p = start + 1;
  while (true) {
    p = FindStopOrSpecial<'`'>(p);
    if (*p == '`') return p + 1;
    if (p >= end_) {
      ErrorAt(start, DiagKind::StringNotTerminated);
      return end_;
    }
    p = SkipRune(p);
  }
}

void Lexer::LexRune() {
  bool ok = true;
  ++p_;
  for (int n = 0;; ++n) {
    char c = *p_;
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          ErrorAt(p_, DiagKind::EmptyRune);
        } else if (n != 1) {
          ErrorAt(token_start_, DiagKind::MoreThanOneRune);
        }
      }
      ++p_;
      return;
    }
    if (c == '\\') {
      ++p_;
      if (!Escape('\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) ErrorAt(p_, DiagKind::NewlineInRune);
      return;
    }
    if (p_ >= end_) {
      if (ok) ErrorAt(token_start_, DiagKind::RuneNotTerminated);
      return;
    }
    if (static_cast<uint8_t>(c) >= 0x80 || c == '\0') {
      NextRune();
    } else {
      ++p_;
    }
  }
}

// Operators and punctuation; longest match. Returns Error (without consuming) for a byte that
// starts no token.
}  // namespace

auto Lex(const SourceFile& file, Diagnostics& diags) -> TokenBuffer {
  TokenBuffer tokens(file);
  Lexer(file, diags, tokens).Run();
  // Run reserved room for the most tokens the file could have; a buffer that is kept should
  // not hold on to it.
  tokens.ShrinkToFit();
  return tokens;
}

void LexInto(const SourceFile& file, Diagnostics& diags, TokenBuffer& out) {
  out.Reset(file);
  Lexer(file, diags, out).Run();
}

namespace {
struct KindNames {
  std::string_view spelling;
  std::string_view go_name;
  bool keyword;
};
constexpr KindNames kKindNames[] = {
#define TOKEN(Name, Spelling, GoName) {Spelling, #GoName, false},
#define KEYWORD(Name, Spelling, GoName) {Spelling, #GoName, true},
#include "lexer/token_kinds.def"
};
}  // namespace

auto SpellingOf(TokenKind kind) -> std::string_view {
  return kKindNames[static_cast<size_t>(kind)].spelling;
}
auto GoNameOf(TokenKind kind) -> std::string_view {
  return kKindNames[static_cast<size_t>(kind)].go_name;
}
auto IsKeyword(TokenKind kind) -> bool { return kKindNames[static_cast<size_t>(kind)].keyword; }

}  // namespace gocc::lex
