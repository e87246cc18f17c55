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
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>
#include <string>
#include <string_view>

namespace gocc::lex {

namespace {

enum CharClass : uint8_t {
  kOther = 0,
  kLetter = 1,   // a-z A-Z _
  kDigit = 2,    // 0-9
  kSpace = 4,    // ' ' '\t' '\r'
  kNewline = 8,  // '\n': white space unless a semicolon is due
};

constexpr auto MakeClassTable() -> std::array<uint8_t, 256> {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kLetter;
  table['_'] = kLetter;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigit;
  table[' '] = table['\t'] = table['\r'] = kSpace;
  table['\n'] = kNewline;
  return table;
}
constexpr std::array<uint8_t, 256> kClass = MakeClassTable();

// Returns the first byte at or after p that is not an ASCII letter, digit or '_'. Reads up to
// 16 bytes ahead, which the file's padding allows.
inline auto SkipIdentBytes(const char* p) -> const char* {
#if defined(__SSE2__)
  const __m128i lower_a = _mm_set1_epi8('a' - 1), lower_z = _mm_set1_epi8('z' + 1);
  const __m128i digit_0 = _mm_set1_epi8('0' - 1), digit_9 = _mm_set1_epi8('9' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20), underscore = _mm_set1_epi8('_');
  while (true) {
    __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i lower = _mm_or_si128(c, case_bit);
    // Signed compares: bytes >= 0x80 are negative, so never letters or digits.
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, lower_a), _mm_cmplt_epi8(lower, lower_z));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, digit_0), _mm_cmplt_epi8(c, digit_9));
    __m128i ident = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(c, underscore));
    auto mask = static_cast<uint32_t>(_mm_movemask_epi8(ident)) ^ 0xffffu;
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#else
  while (IsIdentByte(*p)) ++p;
  return p;
#endif
}

// What a token starting with a given byte is: the lexer's dispatch table.
enum StartClass : uint8_t {
  kStartOperator = 0,  // operators of one or more bytes, and invalid ASCII bytes
  kStartNewline,
  kStartLetter,
  kStartDigit,
  kStartSingle,  // a token of exactly this byte: ( ) [ ] { } , ; ~
  kStartSlash,
  kStartDot,
  kStartQuote,
  kStartBackquote,
  kStartApostrophe,
  kStartSpecial,  // NUL (maybe the end of the text) and non-ASCII bytes
};

constexpr auto MakeStartTable() -> std::array<uint8_t, 256> {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kStartLetter;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kStartLetter;
  table['_'] = kStartLetter;
  for (int c = '0'; c <= '9'; ++c) table[c] = kStartDigit;
  table['\n'] = kStartNewline;  // (blanks are skipped before dispatch)
  for (char c : std::string_view("()[]{},;~")) table[static_cast<uint8_t>(c)] = kStartSingle;
  table['/'] = kStartSlash;
  table['.'] = kStartDot;
  table['"'] = kStartQuote;
  table['`'] = kStartBackquote;
  table['\''] = kStartApostrophe;
  table[0] = kStartSpecial;
  for (int c = 0x80; c < 256; ++c) table[c] = kStartSpecial;
  return table;
}
constexpr std::array<uint8_t, 256> kStart = MakeStartTable();

constexpr auto MakeSingleKindTable() -> std::array<TokenKind, 256> {
  std::array<TokenKind, 256> table{};
  table['('] = TokenKind::LParen;
  table[')'] = TokenKind::RParen;
  table['['] = TokenKind::LBrack;
  table[']'] = TokenKind::RBrack;
  table['{'] = TokenKind::LBrace;
  table['}'] = TokenKind::RBrace;
  table[','] = TokenKind::Comma;
  table[';'] = TokenKind::Semicolon;
  table['~'] = TokenKind::Tilde;
  return table;
}
constexpr std::array<TokenKind, 256> kSingleKind = MakeSingleKindTable();

inline auto ClassOf(char c) -> uint8_t { return kClass[static_cast<uint8_t>(c)]; }
inline auto IsIdentByte(char c) -> bool { return (ClassOf(c) & (kLetter | kDigit)) != 0; }
inline auto Lower(char c) -> char { return static_cast<char>(c | 0x20); }
inline auto IsHex(char c) -> bool {
  return ClassOf(c) == kDigit || (Lower(c) >= 'a' && Lower(c) <= 'f');
}

// Keywords by a perfect hash of their first two bytes and length (the function gc uses; it has
// no collisions on Go's 25 keywords, which KeywordTable checks when it is built).
constexpr auto KeywordHash(const char* s, size_t n) -> size_t {
  return (((static_cast<size_t>(static_cast<uint8_t>(s[0])) << 4) ^
           static_cast<uint8_t>(s[1])) + n) & 63;
}

struct KeywordEntry {
  const char* text = nullptr;
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
    KeywordEntry& e = table[KeywordHash(kw.text, n)];
    if (e.text != nullptr) throw "keyword hash collision";  // fails constant evaluation
    e = KeywordEntry{kw.text, static_cast<uint8_t>(n), kw.kind};
  }
  return table;
}
constexpr std::array<KeywordEntry, 64> kKeywordTable = MakeKeywordTable();

inline auto KeywordKind(const char* s, size_t n) -> TokenKind {
  if (n < 2 || n > 11) return TokenKind::Ident;
  const KeywordEntry& e = kKeywordTable[KeywordHash(s, n)];
  if (e.length != n) return TokenKind::Ident;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] != e.text[i]) return TokenKind::Ident;
  }
  return e.kind;
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
  void ValidateText(const char* from, const char* to);
  void LineDirective(const char* start);
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
  tokens_.Reserve(file_.size() / 5 + 64);
  // A byte order mark is allowed as the very first character.
  if (file_.size() >= 3 && std::memcmp(begin_, "\xEF\xBB\xBF", 3) == 0) p_ += 3;

  bool insert_semi = false;
  auto emit = [&](TokenKind kind, const char* start, const char* end) {
    tokens_.Add(kind, Offset(start), Offset(end));
    insert_semi = kInsertsSemicolon[static_cast<size_t>(kind)];
  };
  while (true) {
    // Blanks between tokens are skipped here rather than dispatched: most tokens follow one.
    const char* p = p_;
    while (ClassOf(*p) == kSpace) ++p;
    p_ = p;
    char c = *p;
    switch (kStart[static_cast<uint8_t>(c)]) {
      case kStartNewline:
        if (insert_semi) {
          tokens_.Add(TokenKind::Semicolon, Offset(p), Offset(p));
          insert_semi = false;
        }
        p_ = p + 1;
        continue;
      case kStartLetter: {
        p = SkipIdentBytes(p + 1);
        token_start_ = p_;
        if (static_cast<uint8_t>(*p) >= 0x80) {
          p_ = p;
          LexIdentifier();
          emit(TokenKind::Ident, token_start_, p_);
        } else {
          p_ = p;
          emit(KeywordKind(token_start_, static_cast<size_t>(p - token_start_)), token_start_, p);
        }
        continue;
      }
      case kStartSingle:
        emit(kSingleKind[static_cast<uint8_t>(c)], p, p + 1);
        p_ = p + 1;
        continue;
      case kStartSlash:
        if (p[1] == '/' || p[1] == '*') {
          if (insert_semi && FindLineEnd(p)) {
            tokens_.Add(TokenKind::Semicolon, Offset(p), Offset(p));
          } else {
            LexComment();
          }
          insert_semi = false;
          continue;
        }
        break;  // an operator
      case kStartDigit: {
        token_start_ = p;
        TokenKind kind = LexNumber(false);
        emit(kind, token_start_, p_);
        continue;
      }
      case kStartDot:
        if (ClassOf(p[1]) == kDigit) {
          token_start_ = p;
          TokenKind kind = LexNumber(false);
          emit(kind, token_start_, p_);
          continue;
        }
        break;  // an operator
      case kStartQuote:
        token_start_ = p;
        LexString();
        emit(TokenKind::String, token_start_, p_);
        continue;
      case kStartBackquote:
        token_start_ = p;
        LexRawString();
        emit(TokenKind::String, token_start_, p_);
        continue;
      case kStartApostrophe:
        token_start_ = p;
        LexRune();
        emit(TokenKind::Char, token_start_, p_);
        continue;
      case kStartSpecial: {
        if (p >= end_) {
          if (insert_semi) tokens_.Add(TokenKind::Semicolon, Offset(end_), Offset(end_));
          tokens_.Add(TokenKind::EndOfFile, Offset(end_), Offset(end_));
          return;
        }
        token_start_ = p;
        uint32_t rune = NextRune();
        if (rune == 0 || rune == 0xfffd || rune == 0xfeff) continue;  // already reported
        if (IsUnicodeDigit(rune)) {
          ErrorAt(p, DiagKind::IdentifierCannotBegin, FormatRuneU(rune));
        } else if (!IsUnicodeLetter(rune)) {
          // gc takes any other non-ASCII character for a bad identifier character.
          ErrorAt(p, DiagKind::InvalidCharacter, FormatRuneU(rune), "identifier");
        }
        LexIdentifier();
        emit(TokenKind::Ident, token_start_, p_);
        continue;
      }
      default:
        break;
    }
    // Operators and invalid bytes.
    token_start_ = p;
    TokenKind kind = LexOperator();
    if (kind == TokenKind::Error) {
      ErrorAt(p_, DiagKind::InvalidCharacterPlain, FormatRuneU(static_cast<uint8_t>(*p_)));
      ++p_;
      continue;
    }
    emit(kind, token_start_, p_);
  }
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

// Whether [p, end) holds a byte that needs the slow path: non-ASCII (to validate UTF-8) or NUL.
// Eight bytes at a time.
auto HasSpecialByte(const char* p, const char* end) -> bool {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  for (; p + 8 <= end; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if (((w | ((w - kOnes) & ~w)) & kHighs) != 0) return true;
  }
  for (; p < end; ++p) {
    if (static_cast<uint8_t>(*p) >= 0x80 || *p == '\0') return true;
  }
  return false;
}

// Checks the bytes of a comment or string body for invalid UTF-8, BOMs and NULs, as gc's
// scanner checks every character it reads.
void Lexer::ValidateText(const char* from, const char* to) {
  if (!HasSpecialByte(from, to)) return;
  const char* saved = p_;
  p_ = from;
  while (p_ < to) {
    if (static_cast<uint8_t>(*p_) >= 0x80 || *p_ == '\0') {
      NextRune();
    } else {
      ++p_;
    }
  }
  p_ = saved;
}

void Lexer::LexComment() {
  const char* start = p_;
  if (p_[1] == '/') {
    const void* nl = std::memchr(p_ + 2, '\n', static_cast<size_t>(end_ - p_ - 2));
    const char* stop = nl != nullptr ? static_cast<const char*>(nl) : end_;
    ValidateText(p_ + 2, stop);
    p_ = stop;
  } else {
    const char* q = p_ + 2;
    while (true) {
      const void* star = std::memchr(q, '*', static_cast<size_t>(end_ - q));
      if (star == nullptr) {
        ValidateText(p_ + 2, end_);
        ErrorAt(start, DiagKind::CommentNotTerminated);
        p_ = end_;
        break;
      }
      q = static_cast<const char*>(star) + 1;
      if (*q == '/') {
        ValidateText(p_ + 2, q - 1);
        p_ = q + 1;
        break;
      }
    }
  }
  tokens_.AddComment(Offset(start), Offset(p_));
  // `//line` directives count only at the start of a line; `/*line` ones anywhere.
  if (p_ - start > 7 && std::memcmp(start + 2, "line ", 5) == 0 &&
      (start[1] == '*' || start == begin_ || start[-1] == '\n')) {
    LineDirective(start);
  }
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
  TokenBuffer tokens(file);
  Lexer(file, diags, tokens).Run();
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
