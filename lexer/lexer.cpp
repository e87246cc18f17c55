// The lexer.
//
// One pass over the bytes with a pointer. The file's std::string guarantees a NUL after the last
// byte, which ends every inner loop without a bounds check; a NUL inside the file is an error.
//
// Automatic semicolons (spec "Semicolons"): after a line's final token, if that token is an
// identifier, a literal, one of the keywords break continue fallthrough return, or one of
// ++ -- ) ] }, a semicolon is inserted. As go/scanner does, the inserted semicolon sits at the
// newline, or at the start of a comment that runs to the end of the line, or at end of file;
// it is an empty token (end == offset), which is how the parser tells "newline" from ";".
#include "lexer/lexer.h"

#include <array>
#include <cstring>

namespace gocc::lex {

namespace {

enum CharClass : uint8_t {
  kOther = 0,
  kLetter = 1,   // a-z A-Z _
  kDigit = 2,    // 0-9
  kSpace = 4,    // ' ' '\t' '\r'
};

constexpr auto MakeClassTable() -> std::array<uint8_t, 256> {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kLetter;
  table['_'] = kLetter;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigit;
  table[' '] = table['\t'] = table['\r'] = kSpace;
  return table;
}
constexpr std::array<uint8_t, 256> kClass = MakeClassTable();

inline auto ClassOf(char c) -> uint8_t { return kClass[static_cast<uint8_t>(c)]; }
inline auto IsIdentByte(char c) -> bool { return (ClassOf(c) & (kLetter | kDigit)) != 0; }
inline auto Lower(char c) -> char { return static_cast<char>(c | 0x20); }
inline auto IsHex(char c) -> bool {
  return ClassOf(c) == kDigit || (Lower(c) >= 'a' && Lower(c) <= 'f');
}

auto KeywordKind(const char* s, size_t n) -> TokenKind {
  // Keywords are 2..11 bytes of lower-case letters; dispatch on length, then compare.
#define KW(str, kind) \
  if (std::memcmp(s, str, n) == 0) return TokenKind::kind;
  switch (n) {
    case 2: KW("if", If) KW("go", Go) break;
    case 3: KW("for", For) KW("var", Var) KW("map", Map) break;
    case 4: KW("func", Func) KW("type", Type) KW("case", Case) KW("else", Else)
            KW("chan", Chan) KW("goto", Goto) break;
    case 5: KW("const", Const) KW("range", Range) KW("break", Break) KW("defer", Defer) break;
    case 6: KW("return", Return) KW("struct", Struct) KW("switch", Switch) KW("import", Import)
            KW("select", Select) break;
    case 7: KW("package", Package) KW("default", Default) break;
    case 8: KW("continue", Continue) break;
    case 9: KW("interface", Interface) break;
    case 11: KW("fallthrough", Fallthrough) break;
    default: break;
  }
#undef KW
  return TokenKind::Ident;
}

auto InsertsSemicolon(TokenKind kind) -> bool {
  switch (kind) {
    case TokenKind::Ident: case TokenKind::Int: case TokenKind::Float: case TokenKind::Imag:
    case TokenKind::Char: case TokenKind::String: case TokenKind::Break:
    case TokenKind::Continue: case TokenKind::Fallthrough: case TokenKind::Return:
    case TokenKind::Inc: case TokenKind::Dec: case TokenKind::RParen: case TokenKind::RBrack:
    case TokenKind::RBrace:
      return true;
    default:
      return false;
  }
}

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
  Lexer(const SourceFile& file, Diagnostics& diags)
      : file_(file), diags_(diags), tokens_(file) {
    begin_ = file.text().data();
    end_ = begin_ + file.size();
    p_ = begin_;
  }

  auto Run() -> TokenBuffer;

 private:
  auto Offset(const char* p) const -> uint32_t { return static_cast<uint32_t>(p - begin_); }
  template <typename... Args>
  void ErrorAt(const char* p, DiagKind kind, const Args&... args) {
    diags_.Report(file_.PosAt(Offset(p)), kind, args...);
  }

  // Consumes one non-ASCII, NUL or otherwise special character at p_ outside of tokens'
  // fast paths, reporting what gc reports. Returns the rune (0xFFFD for invalid UTF-8).
  auto NextRune() -> uint32_t;
  auto FindLineEnd(const char* p) const -> bool;
  void LexComment();
  void LexIdentifier();
  auto LexNumber(bool seen_point) -> TokenKind;
  auto Digits(int base, const char** invalid) -> int;
  void LexString();
  void LexRawString();
  void LexRune();
  auto Escape(char quote) -> bool;
  auto LexOperator() -> TokenKind;

  const SourceFile& file_;
  Diagnostics& diags_;
  TokenBuffer tokens_;
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

auto Lexer::Run() -> TokenBuffer {
  tokens_.Reserve(file_.size() / 4 + 16);
  // A byte order mark is allowed as the very first character.
  if (file_.size() >= 3 && std::memcmp(begin_, "\xEF\xBB\xBF", 3) == 0) p_ += 3;

  bool insert_semi = false;
  while (true) {
    while (ClassOf(*p_) == kSpace || (*p_ == '\n' && !insert_semi)) ++p_;
    if (p_ >= end_) {
      if (insert_semi) tokens_.Add(TokenKind::Semicolon, Offset(end_), Offset(end_));
      tokens_.Add(TokenKind::EndOfFile, Offset(end_), Offset(end_));
      break;
    }
    char c = *p_;
    if (c == '\n') {
      tokens_.Add(TokenKind::Semicolon, Offset(p_), Offset(p_));
      ++p_;
      insert_semi = false;
      continue;
    }
    if (c == '/' && (p_[1] == '/' || p_[1] == '*')) {
      if (insert_semi && FindLineEnd(p_)) {
        tokens_.Add(TokenKind::Semicolon, Offset(p_), Offset(p_));
      } else {
        LexComment();
      }
      insert_semi = false;
      continue;
    }

    token_start_ = p_;
    TokenKind kind;
    uint8_t cls = ClassOf(c);
    if (cls == kLetter) {
      ++p_;
      while (IsIdentByte(*p_)) ++p_;
      if (static_cast<uint8_t>(*p_) >= 0x80) {
        LexIdentifier();
        kind = TokenKind::Ident;
      } else {
        kind = KeywordKind(token_start_, static_cast<size_t>(p_ - token_start_));
      }
    } else if (cls == kDigit || (c == '.' && ClassOf(p_[1]) == kDigit)) {
      kind = LexNumber(false);
    } else if (c == '"') {
      LexString();
      kind = TokenKind::String;
    } else if (c == '`') {
      LexRawString();
      kind = TokenKind::String;
    } else if (c == '\'') {
      LexRune();
      kind = TokenKind::Char;
    } else if (static_cast<uint8_t>(c) >= 0x80 || c == '\0') {
      const char* start = p_;
      uint32_t rune = NextRune();
      if (rune == 0 || rune == 0xfffd || rune == 0xfeff) continue;  // already reported
      if (IsUnicodeLetter(rune)) {
        LexIdentifier();
      } else if (IsUnicodeDigit(rune)) {
        ErrorAt(start, DiagKind::IdentifierCannotBegin, FormatRuneU(rune));
        LexIdentifier();
      } else {
        // gc treats any other non-ASCII character as a bad identifier character.
        ErrorAt(start, DiagKind::InvalidCharacter, FormatRuneU(rune), "identifier");
        LexIdentifier();
      }
      kind = TokenKind::Ident;
    } else {
      kind = LexOperator();
      if (kind == TokenKind::Error) {
        ErrorAt(p_, DiagKind::InvalidCharacterPlain, FormatRuneU(static_cast<uint8_t>(*p_)));
        ++p_;
        continue;
      }
    }
    tokens_.Add(kind, Offset(token_start_), Offset(p_));
    insert_semi = InsertsSemicolon(kind);
  }
  return std::move(tokens_);
}

// Called with insert_semi set at the start of a comment: does the line end before the next
// token, so that a semicolon belongs here? (go/scanner's findLineEnd.)
auto Lexer::FindLineEnd(const char* p) const -> bool {
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
    while (ClassOf(*p) == kSpace) ++p;
    if (p >= end_ || *p == '\n') return true;
  }
  return false;
}

void Lexer::LexComment() {
  const char* start = p_;
  if (p_[1] == '/') {
    p_ += 2;
    while (p_ < end_ && *p_ != '\n') {
      if (static_cast<uint8_t>(*p_) >= 0x80 || *p_ == '\0') {
        NextRune();
      } else {
        ++p_;
      }
    }
  } else {
    p_ += 2;
    while (true) {
      if (p_ >= end_) {
        ErrorAt(start, DiagKind::CommentNotTerminated);
        break;
      }
      if (p_[0] == '*' && p_[1] == '/') {
        p_ += 2;
        break;
      }
      if (static_cast<uint8_t>(*p_) >= 0x80 || *p_ == '\0') {
        NextRune();
      } else {
        ++p_;
      }
    }
  }
  tokens_.AddComment(Offset(start), Offset(p_));
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
    while (ClassOf(*p_) == kDigit || *p_ == '_') {
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
    } else if (ClassOf(d) == kDigit || (x1 == 'x' && IsHex(d))) {
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
    if (ClassOf(ch) == kDigit) {
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

void Lexer::LexString() {
  ++p_;
  while (true) {
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
    if (static_cast<uint8_t>(c) >= 0x80 || c == '\0') {
      NextRune();
    } else {
      ++p_;
    }
  }
}

void Lexer::LexRawString() {
  ++p_;
  while (true) {
    if (p_ >= end_) {
      ErrorAt(token_start_, DiagKind::StringNotTerminated);
      return;
    }
    char c = *p_;
    if (c == '`') {
      ++p_;
      return;
    }
    if (static_cast<uint8_t>(c) >= 0x80 || c == '\0') {
      NextRune();
    } else {
      ++p_;
    }
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
auto Lexer::LexOperator() -> TokenKind {
  char c = *p_++;
  auto with_assign = [&](TokenKind plain, TokenKind assign) {
    if (*p_ == '=') {
      ++p_;
      return assign;
    }
    return plain;
  };
  switch (c) {
    case '(': return TokenKind::LParen;
    case ')': return TokenKind::RParen;
    case '[': return TokenKind::LBrack;
    case ']': return TokenKind::RBrack;
    case '{': return TokenKind::LBrace;
    case '}': return TokenKind::RBrace;
    case ',': return TokenKind::Comma;
    case ';': return TokenKind::Semicolon;
    case '~': return TokenKind::Tilde;
    case '.':
      if (p_[0] == '.' && p_[1] == '.') {
        p_ += 2;
        return TokenKind::Ellipsis;
      }
      return TokenKind::Period;
    case ':': return with_assign(TokenKind::Colon, TokenKind::Define);
    case '+':
      if (*p_ == '+') { ++p_; return TokenKind::Inc; }
      return with_assign(TokenKind::Add, TokenKind::AddAssign);
    case '-':
      if (*p_ == '-') { ++p_; return TokenKind::Dec; }
      return with_assign(TokenKind::Sub, TokenKind::SubAssign);
    case '*': return with_assign(TokenKind::Mul, TokenKind::MulAssign);
    case '/': return with_assign(TokenKind::Quo, TokenKind::QuoAssign);
    case '%': return with_assign(TokenKind::Rem, TokenKind::RemAssign);
    case '^': return with_assign(TokenKind::Xor, TokenKind::XorAssign);
    case '=': return with_assign(TokenKind::Assign, TokenKind::Equal);
    case '!': return with_assign(TokenKind::Not, TokenKind::NotEqual);
    case '<':
      if (*p_ == '-') { ++p_; return TokenKind::Arrow; }
      if (*p_ == '<') { ++p_; return with_assign(TokenKind::Shl, TokenKind::ShlAssign); }
      return with_assign(TokenKind::Less, TokenKind::LessEqual);
    case '>':
      if (*p_ == '>') { ++p_; return with_assign(TokenKind::Shr, TokenKind::ShrAssign); }
      return with_assign(TokenKind::Greater, TokenKind::GreaterEqual);
    case '&':
      if (*p_ == '&') { ++p_; return TokenKind::LogicalAnd; }
      if (*p_ == '^') { ++p_; return with_assign(TokenKind::AndNot, TokenKind::AndNotAssign); }
      return with_assign(TokenKind::And, TokenKind::AndAssign);
    case '|':
      if (*p_ == '|') { ++p_; return TokenKind::LogicalOr; }
      return with_assign(TokenKind::Or, TokenKind::OrAssign);
    default:
      --p_;
      return TokenKind::Error;
  }
}

}  // namespace

auto Lex(const SourceFile& file, Diagnostics& diags) -> TokenBuffer {
  return Lexer(file, diags).Run();
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
