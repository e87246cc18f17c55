// Implementation of errorcheck.h: a port of the errorcheck parts of Go 1.19's
// test/run.go and go/build/constraint. See errorcheck-spec.md.
#include <re2/re2.h>

#include <cstdint>
#include <limits>
#include <utility>

#include "errorcheck.h"

namespace errorcheck {
namespace {

// ---------------------------------------------------------------------------
// Small string helpers mirroring Go's strings package.

bool HasPrefix(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

bool Contains(std::string_view s, std::string_view sub) {
  return s.find(sub) != std::string_view::npos;
}

// strings.Split(s, sep) for a one-character separator: always at least one
// element, and a trailing separator gives a trailing empty element.
std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> res;
  size_t start = 0;
  for (;;) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) {
      res.push_back(s.substr(start));
      return res;
    }
    res.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
}

// Decodes the UTF-8 rune at s[i]; invalid encodings give U+FFFD of width 1,
// like Go's utf8.DecodeRuneInString.
std::pair<char32_t, size_t> DecodeRune(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  size_t n;
  char32_t r, min;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    r = c & 0x1F;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    r = c & 0x0F;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    r = c & 0x07;
    min = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (i + n > s.size()) return {0xFFFD, 1};
  for (size_t k = 1; k < n; k++) {
    if ((b(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    r = (r << 6) | (b(i + k) & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return {0xFFFD, 1};
  return {r, n};
}

// unicode.IsSpace.
bool IsSpace(char32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
  }
  return r >= 0x2000 && r <= 0x200A;
}

// strings.TrimSpace.
std::string_view TrimSpace(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto [r, n] = DecodeRune(s, i);
    if (!IsSpace(r)) break;
    i += n;
  }
  s.remove_prefix(i);
  // Trailing space is ASCII or multi-byte; walk forward to find the last
  // non-space rune instead of decoding backwards.
  size_t end = 0;
  for (size_t k = 0; k < s.size();) {
    auto [r, n] = DecodeRune(s, k);
    k += n;
    if (!IsSpace(r)) end = k;
  }
  return s.substr(0, end);
}

// strings.Fields.
std::vector<std::string_view> Fields(std::string_view s) {
  std::vector<std::string_view> res;
  size_t i = 0, start = 0;
  bool in = false;
  while (i < s.size()) {
    auto [r, n] = DecodeRune(s, i);
    if (IsSpace(r)) {
      if (in) res.push_back(s.substr(start, i - start));
      in = false;
    } else if (!in) {
      in = true;
      start = i;
    }
    i += n;
  }
  if (in) res.push_back(s.substr(start));
  return res;
}

// A build-tag character: letter, digit, '_' or '.'. Non-ASCII runes are
// treated as letters (Go uses unicode.IsLetter/IsDigit; no test relies on it).
bool IsTagByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c >= 0x80;
}

bool IsValidTag(std::string_view word) {
  if (word.empty()) return false;
  for (unsigned char c : word) {
    if (!IsTagByte(c)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// go/build/constraint.

// splitGoBuild / splitPlusBuild: returns the expression text after the
// "//go:build" or "// +build" prefix, or nullopt if the line is not one.
std::optional<std::string_view> SplitDirective(std::string_view line, bool goBuild) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  if (Contains(line, "\n")) return std::nullopt;
  std::string_view word;
  if (goBuild) {
    if (!HasPrefix(line, "//go:build")) return std::nullopt;
    line = TrimSpace(line);
    word = "//go:build";
  } else {
    if (!HasPrefix(line, "//")) return std::nullopt;
    line = TrimSpace(line.substr(2));  // "//+build" is recognised too
    if (!HasPrefix(line, "+build")) return std::nullopt;
    word = "+build";
  }
  line.remove_prefix(word.size());
  // The keyword must be followed by space (or nothing): "+buildx" is not one.
  std::string_view trim = TrimSpace(line);
  if (line.size() == trim.size() && !line.empty()) return std::nullopt;
  return trim;
}

// Recursive-descent evaluator for //go:build expressions (constraint.parseExpr).
// Syntax errors set `failed`; the value is then meaningless.
class ExprEvaluator {
 public:
  ExprEvaluator(std::string_view s, const BuildContext& ctx) : s_(s), ctx_(ctx) {}

  std::optional<bool> Run() {
    bool x = OrExpr();
    if (!tok_.empty()) failed_ = true;  // "unexpected token"
    if (failed_) return std::nullopt;
    return x;
  }

 private:
  bool OrExpr() {
    bool x = AndExpr();
    while (!failed_ && tok_ == "||") x = AndExpr() || x;
    return x;
  }
  bool AndExpr() {
    bool x = NotExpr();
    while (!failed_ && tok_ == "&&") x = NotExpr() && x;
    return x;
  }
  bool NotExpr() {
    Lex();
    if (tok_ == "!") {
      Lex();
      if (tok_ == "!") return Fail();  // double negation not allowed
      return !Atom();
    }
    return Atom();
  }
  bool Atom() {
    if (failed_) return false;
    if (tok_ == "(") {
      bool x = OrExpr();
      if (failed_ || tok_ != ")") return Fail();  // missing close paren
      Lex();
      return x;
    }
    if (!isTag_) return Fail();  // unexpected token / end of expression
    bool v = ctx_.MatchTag(tok_);
    Lex();
    return v;
  }
  void Lex() {
    if (failed_) {
      tok_ = {};
      return;
    }
    isTag_ = false;
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) i_++;
    if (i_ >= s_.size()) {
      tok_ = {};
      return;
    }
    char c = s_[i_];
    if (c == '(' || c == ')' || c == '!') {
      tok_ = s_.substr(i_++, 1);
      return;
    }
    if (c == '&' || c == '|') {
      if (i_ + 1 >= s_.size() || s_[i_ + 1] != c) {
        Fail();
        return;
      }
      tok_ = s_.substr(i_, 2);
      i_ += 2;
      return;
    }
    size_t j = i_;
    while (j < s_.size() && IsTagByte(static_cast<unsigned char>(s_[j]))) j++;
    if (j == i_) {
      Fail();  // invalid syntax
      return;
    }
    tok_ = s_.substr(i_, j - i_);
    i_ = j;
    isTag_ = true;
  }
  bool Fail() {
    failed_ = true;
    tok_ = {};
    return false;
  }

  std::string_view s_;
  const BuildContext& ctx_;
  size_t i_ = 0;
  std::string_view tok_;
  bool isTag_ = false;
  bool failed_ = false;
};

// constraint.parsePlusBuildExpr, evaluated: space-separated clauses are ORed,
// comma-separated literals ANDed; malformed literals become the tag "ignore".
bool EvalPlusBuild(std::string_view text, const BuildContext& ctx) {
  auto clauses = Fields(text);
  if (clauses.empty()) return ctx.MatchTag("ignore");
  bool x = false;
  for (std::string_view clause : clauses) {
    bool y = true;
    size_t start = 0;
    for (;;) {
      size_t comma = clause.find(',', start);
      std::string_view lit = clause.substr(
          start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
      bool z;
      if (HasPrefix(lit, "!!") || lit == "!") {
        z = ctx.MatchTag("ignore");
      } else {
        bool neg = HasPrefix(lit, "!");
        if (neg) lit.remove_prefix(1);
        z = IsValidTag(lit) ? ctx.MatchTag(lit) : ctx.MatchTag("ignore");
        if (neg) z = !z;
      }
      y = y && z;
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    x = x || y;
  }
  return x;
}

// ---------------------------------------------------------------------------
// Annotations.

// Finds `// (?:GC_)?<kw> (.*)` in line (leftmost match) and returns the capture.
std::optional<std::string_view> FindAnnotation(std::string_view line, std::string_view kw) {
  for (size_t p = line.find("// "); p != std::string_view::npos; p = line.find("// ", p + 1)) {
    std::string_view rest = line.substr(p + 3);
    if (HasPrefix(rest, "GC_")) {
      std::string_view r2 = rest.substr(3);
      if (HasPrefix(r2, kw) && r2.size() > kw.size() && r2[kw.size()] == ' ') {
        return r2.substr(kw.size() + 1);
      }
    }
    if (HasPrefix(rest, kw) && rest.size() > kw.size() && rest[kw.size()] == ' ') {
      return rest.substr(kw.size() + 1);
    }
  }
  return std::nullopt;
}

// All `"([^"]*)"` captures, left to right, non-overlapping.
std::vector<std::string_view> QuotedStrings(std::string_view s) {
  std::vector<std::string_view> res;
  size_t i = 0;
  for (;;) {
    size_t open = s.find('"', i);
    if (open == std::string_view::npos) return res;
    size_t close = s.find('"', open + 1);
    if (close == std::string_view::npos) return res;
    res.push_back(s.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

}  // namespace

// ---------------------------------------------------------------------------

bool BuildContext::MatchTag(std::string_view name) const {
  if (!IsValidTag(name)) return false;
  if (HasPrefix(name, "goexperiment.")) {
    for (const auto& t : toolTags) {
      if (t == name) return true;
    }
    return false;
  }
  if (name == "cgo") return cgoEnabled;
  if (name == goos || name == goarch || name == "gc") return true;
  if (name == "test_run") return true;
  if (name == "unix" && unixTag) return true;
  for (int minor = 1; minor <= goMinor; minor++) {
    if (name == "go1." + std::to_string(minor)) return true;
  }
  return false;  // includes gcflags_noopt (no -N/-l in GO_GCFLAGS)
}

std::optional<bool> EvalConstraintLine(std::string_view line, const BuildContext& ctx) {
  if (auto text = SplitDirective(line, /*goBuild=*/true)) return ExprEvaluator(*text, ctx).Run();
  if (auto text = SplitDirective(line, /*goBuild=*/false)) return EvalPlusBuild(*text, ctx);
  return std::nullopt;
}

bool ShouldTest(std::string_view header, const BuildContext& ctx, std::string* whyNot) {
  for (std::string_view line : SplitLines(header)) {
    if (HasPrefix(line, "package ")) break;
    if (auto ok = EvalConstraintLine(line, ctx); ok && !*ok) {
      if (whyNot) *whyNot = std::string(line);
      return false;
    }
  }
  return true;
}

std::vector<std::string> SplitQuoted(std::string_view s, std::string* err) {
  std::vector<std::string> args;
  std::string arg;
  bool escaped = false, quoted = false;
  char32_t quote = 0;
  for (size_t i = 0; i < s.size();) {
    auto [r, n] = DecodeRune(s, i);
    std::string_view bytes = s.substr(i, n);
    i += n;
    if (escaped) {
      escaped = false;
    } else if (r == '\\') {
      escaped = true;
      continue;
    } else if (quote != 0) {
      if (r == quote) {
        quote = 0;
        continue;
      }
    } else if (r == '"' || r == '\'') {
      quoted = true;
      quote = r;
      continue;
    } else if (IsSpace(r)) {
      if (quoted || !arg.empty()) {
        quoted = false;
        args.push_back(std::move(arg));
        arg.clear();
      }
      continue;
    }
    arg += bytes;
  }
  if (quoted || !arg.empty()) args.push_back(std::move(arg));
  if (err) {
    if (quote != 0) {
      *err = "unclosed quote";
    } else if (escaped) {
      *err = "unfinished escaping";
    }
  }
  return args;
}

RecipeResult ParseRecipe(std::string_view src, const BuildContext& ctx) {
  RecipeResult res;
  using Status = RecipeResult::Status;
  if (src.empty()) {
    res.message = "empty test file";
    return res;
  }
  if (src[0] == '\n') {
    res.status = Status::Skip;
    res.message = "skip: starts with newline";
    return res;
  }
  // The recipe stops at the first blank line.
  size_t blank = src.find("\n\n");
  if (blank == std::string_view::npos) {
    res.message = "double newline ending execution recipe not found";
    return res;
  }
  std::string_view action = src.substr(0, blank);
  if (size_t nl = action.find('\n');
      nl != std::string_view::npos && Contains(action.substr(0, nl), "+build")) {
    action.remove_prefix(nl + 1);
  }
  if (HasPrefix(action, "//")) action.remove_prefix(2);

  // Build constraints are checked only up to the actual code.
  std::string_view header = action;  // some files are intentionally malformed
  if (size_t pkg = src.find("\npackage"); pkg != std::string_view::npos) {
    header = src.substr(0, pkg);
  }
  std::string why;
  if (!ShouldTest(header, ctx, &why)) {
    res.status = Status::Skip;
    res.message = "skip: build constraints (" + why + ")";
    return res;
  }

  std::string err;
  std::vector<std::string> words = SplitQuoted(action, &err);
  if (!err.empty()) {
    res.message = "invalid test recipe: " + err;
    return res;
  }
  if (words.empty()) {
    res.status = Status::Skip;
    res.message = "skip: no action";
    return res;
  }
  Recipe& r = res.recipe;
  r.action = words[0];
  if (r.action == "errorcheck") {
    r.wantError = true;
  } else if (r.action == "errorcheckwithauto") {
    r.wantError = true;
    r.wantAuto = true;
  } else {
    res.status = Status::Skip;
    res.message = "skip: action " + r.action;
    return res;
  }

  size_t i = 1;
  for (; i < words.size() && HasPrefix(words[i], "-"); i++) {
    const std::string& f = words[i];
    if (f == "-1") {
      r.wantError = true;
    } else if (f == "-0") {
      r.wantError = false;
    } else if (f == "-s") {
      // one package per file: meaningless for a single-file errorcheck
    } else if (f == "-t" || f == "-goexperiment") {
      if (i + 1 >= words.size()) {
        res.message = "invalid test recipe: " + f + " needs an argument";
        return res;
      }
      const std::string& v = words[++i];
      if (f == "-goexperiment") {
        r.goexperiments.push_back(v);
        continue;
      }
      try {
        size_t used = 0;
        int secs = std::stoi(v, &used);
        if (used != v.size()) throw std::invalid_argument(v);
        r.timeoutSeconds = secs;
      } catch (const std::exception&) {
        res.message = "need number of seconds for -t timeout, got " + v + " instead";
        return res;
      }
    } else {
      r.flags.push_back(f);
    }
  }
  r.args.assign(words.begin() + static_cast<std::ptrdiff_t>(i), words.end());
  res.status = Status::Ok;
  return res;
}

std::vector<std::string> SplitOutput(std::string_view out, bool wantAuto) {
  std::vector<std::string> res;
  for (std::string_view line : SplitLines(out)) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (HasPrefix(line, "\t")) {
      // run.go would panic on a leading continuation line; keep it as an entry
      // of its own so that it shows up as unmatched.
      if (res.empty()) {
        res.emplace_back(line);
      } else {
        (res.back() += '\n') += line;
      }
    } else if (HasPrefix(line, "go tool") || HasPrefix(line, "#") ||
               (!wantAuto && HasPrefix(line, "<autogenerated>"))) {
      continue;
    } else if (!TrimSpace(line).empty()) {
      res.emplace_back(line);
    }
  }
  return res;
}

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  std::string res;
  size_t i = 0;
  for (size_t p; (p = s.find(from, i)) != std::string::npos; i = p + from.size()) {
    res.append(s, i, p - i);
    res += to;
  }
  if (i == 0) return;
  res.append(s, i, std::string::npos);
  s = std::move(res);
}

bool MatchPrefix(std::string_view s, std::string_view prefix) {
  size_t i = s.find(':');
  if (i == std::string_view::npos) return false;
  size_t j = s.substr(0, i).rfind('/');
  if (j != std::string_view::npos) s.remove_prefix(j + 1);
  if (s.size() <= prefix.size() || s.substr(0, prefix.size()) != prefix) return false;
  char next = s[prefix.size()];
  return next == '[' || next == ':';
}

std::string ExpandLine(std::string_view rx, std::string_view shortName, int lineNum) {
  std::string res;
  size_t i = 0;
  for (size_t p; (p = rx.find("LINE", i)) != std::string_view::npos;) {
    res.append(rx.substr(i, p - i));
    size_t end = p + 4;
    int64_t n = lineNum;
    if (end + 1 < rx.size() && (rx[end] == '+' || rx[end] == '-') && rx[end + 1] >= '0' &&
        rx[end + 1] <= '9') {
      bool minus = rx[end] == '-';
      size_t d = end + 1;
      int64_t delta = 0;
      for (; d < rx.size() && rx[d] >= '0' && rx[d] <= '9'; d++) {
        // strconv.Atoi saturates on overflow; so do we.
        if (delta > (std::numeric_limits<int64_t>::max() - 9) / 10) {
          delta = std::numeric_limits<int64_t>::max();
        } else {
          delta = delta * 10 + (rx[d] - '0');
        }
      }
      n = minus ? n - delta
                : (delta > std::numeric_limits<int64_t>::max() - n
                       ? std::numeric_limits<int64_t>::max()
                       : n + delta);
      end = d;
    }
    res += shortName;
    res += ':';
    res += std::to_string(n);
    i = end;
  }
  res.append(rx.substr(i));
  return res;
}

bool WantedErrors(std::string_view src, std::string_view shortName, std::vector<WantedError>& out,
                  std::string* err) {
  RE2::Options opts;  // RE2 defaults: UTF-8, leftmost-first, Perl-like syntax
  opts.set_log_errors(false);
  int lineNum = 0;
  for (std::string_view line : SplitLines(src)) {
    lineNum++;
    if (Contains(line, "////")) continue;  // double comment disables ERROR
    bool autoGenerated = false;
    auto rest = FindAnnotation(line, "ERRORAUTO");
    if (rest) {
      autoGenerated = true;
    } else {
      rest = FindAnnotation(line, "ERROR");
    }
    if (!rest) continue;
    auto regexps = QuotedStrings(*rest);
    if (regexps.empty()) {
      if (err) {
        *err = std::string(shortName) + ":" + std::to_string(lineNum) +
               ": invalid errchk line: " + std::string(line);
      }
      return false;
    }
    for (std::string_view raw : regexps) {
      WantedError we;
      we.reStr = ExpandLine(raw, shortName, lineNum);
      auto re = std::make_shared<const RE2>(we.reStr, opts);
      if (!re->ok()) {
        if (err) {
          *err = std::string(shortName) + ":" + std::to_string(lineNum) + ": invalid regexp \"" +
                 we.reStr + "\" in ERROR line: " + re->error();
        }
        return false;
      }
      we.re = std::move(re);
      we.prefix = std::string(shortName) + ":" + std::to_string(lineNum);
      we.autoGenerated = autoGenerated;
      we.lineNum = lineNum;
      we.file = std::string(shortName);
      out.push_back(std::move(we));
    }
  }
  return true;
}

std::string Problem::Format() const {
  std::string loc = file + ":" + std::to_string(lineNum) + ": ";
  switch (kind) {
    case Kind::MissingError: return loc + "missing error \"" + reStr + "\"";
    case Kind::NoMatch: {
      std::string s = loc + "no match for \"" + reStr + "\" in:";
      for (const auto& c : candidates) s += "\n\t" + c;
      return s;
    }
    case Kind::Unmatched: return "unmatched error: " + message;
  }
  return {};
}

std::vector<Problem> ErrorCheck(std::vector<std::string> out,
                                const std::vector<WantedError>& want) {
  std::vector<Problem> problems;
  for (const WantedError& we : want) {
    // Partition `out` into this line's messages and the rest.
    std::string_view prefix = we.autoGenerated ? std::string_view("<autogenerated>") : we.prefix;
    std::vector<std::string> msgs, rest;
    for (auto& s : out) (MatchPrefix(s, prefix) ? msgs : rest).push_back(std::move(s));
    out = std::move(rest);
    if (msgs.empty()) {
      problems.push_back({Problem::Kind::MissingError, we.file, we.lineNum, we.reStr, {}, {}});
      continue;
    }
    bool matched = false;
    size_t n = out.size();
    for (auto& msg : msgs) {
      // Cut the leading "file:line: " so the file name cannot match by accident.
      std::string_view text = msg;
      if (size_t sp = text.find(' '); sp != std::string_view::npos) text.remove_prefix(sp + 1);
      if (RE2::PartialMatch(text, *we.re)) {
        matched = true;
      } else {
        out.push_back(std::move(msg));
      }
    }
    if (!matched) {
      problems.push_back(
          {Problem::Kind::NoMatch,
           we.file,
           we.lineNum,
           we.reStr,
           std::vector<std::string>(out.begin() + static_cast<std::ptrdiff_t>(n), out.end()),
           {}});
    }
  }
  for (auto& s : out) problems.push_back({Problem::Kind::Unmatched, {}, 0, {}, {}, std::move(s)});
  return problems;
}

bool CheckOutput(std::string_view output, std::string_view src,
                 const std::vector<std::string>& fullPaths, std::string_view shortName,
                 bool wantAuto, std::vector<Problem>& problems, std::string* err) {
  std::vector<std::string> entries = SplitOutput(output, wantAuto);
  for (auto& e : entries) {
    for (const auto& full : fullPaths) ReplaceAll(e, full, shortName);
  }
  std::vector<WantedError> want;
  if (!WantedErrors(src, shortName, want, err)) return false;
  problems = ErrorCheck(std::move(entries), want);
  return true;
}

}  // namespace errorcheck
