// The analysis over a whole program: the call graph's strongly connected components bottom-up
// (gc's VisitFuncsBottomUp), each analysed as one batch with the function literals nested in
// its functions, then the verdicts: allocation-site flags for codegen, parameter summaries for
// the callers, and gc's -m lines (escape.go's finish and paramTag).
#include "analysis/escape/escape.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "analysis/escape/internal.h"
#include "ir/callgraph.h"
#include "ir/typeutil.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

namespace gocc::escape {

namespace {

auto Contains(const ir::Function* outer, const ir::Function* inner) -> bool {
  if (outer == inner) return false;
  for (const ir::Function* f = inner->parent; f != nullptr; f = f->parent) {
    if (f == outer) return true;
  }
  return false;
}

// Functions gc writes no parameter lines for: wrappers it generates itself.
auto IsWrapper(const ir::Function& fn) -> bool {
  return fn.wrapper != ir::Function::Wrapper::kNone || !fn.pos().IsValid();
}

// Groups (a function with its nested literals) in bottom-up order of the call graph: Tarjan's
// algorithm emits each strongly connected component after every component it reaches. A
// function that makes another's literal (the inliner copied it there) joins that group: a
// closure is analysed with every function that binds its free variables.
auto BottomUp(const ir::Program& program) -> std::vector<std::vector<const ir::Function*>> {
  std::unordered_map<const ir::Function*, const ir::Function*> joined;  // union-find over outermost functions
  auto group = [&](const ir::Function* f) {
    f = ir::Outermost(f);
    for (auto it = joined.find(f); it != joined.end(); it = joined.find(f)) f = it->second;
    return f;
  };
  for (const auto& f : program.functions()) {
    for (const auto& b : f->blocks()) {
      for (const ir::Value* v : b->instrs) {
        if (v->op != ir::Op::MakeClosure || v->Operand(0)->op != ir::Op::Func) continue;
        const ir::Function* lit = v->Operand(0)->func();
        if (lit->parent == nullptr || lit->IsExternal()) continue;
        const ir::Function* a = group(f.get());
        const ir::Function* c = group(lit);
        if (a != c) joined[c] = a;
      }
    }
  }
  std::vector<const ir::Function*> roots;
  std::unordered_map<const ir::Function*, std::vector<const ir::Function*>> members;
  for (const auto& f : program.functions()) {
    if (f->IsExternal()) continue;
    const ir::Function* r = group(f.get());
    auto& m = members[r];
    if (m.empty()) roots.push_back(r);
    m.push_back(f.get());
  }
  std::unordered_map<const ir::Function*, std::vector<const ir::Function*>> succs;
  for (const ir::Function* r : roots) {
    auto& out = succs[r];
    for (const ir::Function* f : members[r]) {
      for (const auto& b : f->blocks()) {
        for (const ir::Value* v : b->instrs) {
          for (const ir::Value* op : v->Operands()) {
            if (op == nullptr || op->op != ir::Op::Func) continue;
            const ir::Function* t = op->func();
            if (t == nullptr || t->IsExternal()) continue;
            const ir::Function* tr = group(t);
            if (tr != r && members.contains(tr)) out.push_back(tr);
          }
        }
      }
    }
  }
  // A batch lists the members of each group in the component in the reverse of the order the
  // search reached the groups.
  std::vector<std::vector<const ir::Function*>> batches;
  auto successors = [&](const ir::Function* r) -> const std::vector<const ir::Function*>& { return succs[r]; };
  for (const auto& component : ir::StronglyConnectedComponents(roots, successors)) {
    std::vector<const ir::Function*> batch;
    for (auto it = component.rbegin(); it != component.rend(); ++it) {
      for (const ir::Function* m : members[*it]) batch.push_back(m);
    }
    batches.push_back(std::move(batch));
  }
  return batches;
}

auto ResultName(const ir::Function& fn, size_t j) -> std::string {
  const auto& results = fn.signature()->results;
  if (j < results.size() && !results[j].name.empty() && results[j].name != "_") return std::string(results[j].name);
  return "~r" + std::to_string(j);
}

// gc's spelling of an expression where ours differs.
auto GcText(std::string_view text) -> std::string {
  std::string s(text);
  // struct{...} and interface{...}: gc writes `struct {}`, `struct { x int }`.
  for (std::string_view kw : {"struct{", "interface{"}) {
    for (size_t i = 0; (i = s.find(kw, i)) != std::string::npos;) {
      size_t open = i + kw.size() - 1;
      if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])) != 0 || s[i - 1] == '_')) {
        i = open;
        continue;
      }
      size_t close = open + 1;
      for (int depth = 1; close < s.size(); ++close) {
        if (s[close] == '{') ++depth;
        if (s[close] == '}' && --depth == 0) break;
      }
      if (close >= s.size()) break;
      if (close == open + 1) {
        s.insert(open, " ");
      } else {
        bool spaced = s[open + 1] == ' ';
        if (!spaced) {
          s.insert(close, " ");
          s.insert(open + 1, " ");
        }
        s.insert(open, " ");
      }
      i = open + 1;
    }
  }
  for (size_t i; (i = s.find("\u2026")) != std::string::npos;) s.replace(i, 3, "...");
  if (s.starts_with("**")) s = "*(" + s.substr(1) + ")";
  return s;
}

// The source line of pos, without indentation and trailing comment: the statement gc quotes.
auto StatementText(const SourceMap* sources, Pos pos) -> std::string {
  if (sources == nullptr) return "";
  const SourceFile* f = sources->FileOf(pos);
  if (f == nullptr) return "";
  std::string_view text = f->text();
  size_t off = f->OffsetOf(pos);
  size_t begin = text.rfind('\n', off == 0 ? 0 : off - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = text.find('\n', off);
  std::string_view line = text.substr(begin, (end == std::string_view::npos ? text.size() : end) - begin);
  if (size_t c = line.find("//"); c != std::string_view::npos) line = line.substr(0, c);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return std::string(line);
}

// The statement at pos: its source line, or the part of it between braces and semicolons
// that holds pos (`func f(p *int) { sink = p }`: `sink = p`).
auto StatementAt(const SourceMap* sources, Pos pos) -> std::string {
  std::string line = StatementText(sources, pos);
  const SourceFile* f = sources != nullptr ? sources->FileOf(pos) : nullptr;
  if (f == nullptr || line.empty()) return line;
  std::string_view text = f->text();
  size_t at = f->OffsetOf(pos);
  size_t line_start = text.find(line, text.rfind('\n', at == 0 ? 0 : at - 1) + 1);
  if (line_start == std::string_view::npos || at < line_start || at > line_start + line.size()) return line;
  size_t col = at - line_start;
  size_t begin = 0;
  size_t end = line.size();
  char quote = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote != 0) {
      if (c == '\\' && quote != '`') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (c == '"' || c == '\'' || c == '`') {
      quote = c;
    } else if ((c == '{' && i + 1 < line.size() && line[i + 1] == ' ') || (c == '}' && i > 0 && line[i - 1] == ' ') ||
               c == ';') {  // a one-line body, not a composite literal (gofmt spaces the one)
      if (i < col) begin = i + 1;
      if (i >= col && end == line.size()) end = i;
    }
  }
  std::string_view part = std::string_view(line).substr(begin, end - begin);
  while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
  while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
  std::string statement = part.empty() ? line : std::string(part);
  // A function literal whose body starts on this line: gc writes `func literal`.
  if (size_t lit = statement.find("func("); lit != std::string::npos && statement.ends_with("{")) {
    statement = statement.substr(0, lit) + "func literal";
  }
  return statement;
}

// Where the operand that ends at `end` begins (`x.M`, `s.f().M`, `a[i].b`): identifiers, dots
// and bracketed groups, read backwards.
auto OperandStart(std::string_view text, size_t end) -> size_t {
  size_t i = end;
  while (i > 0) {
    char c = text[i - 1];
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' || (c & 0x80) != 0) {
      --i;
      continue;
    }
    if (c == ')' || c == ']') {
      char open = c == ')' ? '(' : '[';
      int depth = 0;
      size_t j = i;
      for (; j > 0; --j) {
        if (text[j - 1] == c) ++depth;
        if (text[j - 1] == open && --depth == 0) break;
      }
      if (j == 0) break;
      i = j - 1;
      continue;
    }
    break;
  }
  return i;
}

// The called expression before the `(` at pos.
auto CalleeText(const SourceMap* sources, Pos pos) -> std::string {
  if (sources == nullptr) return "";
  const SourceFile* f = sources->FileOf(pos);
  if (f == nullptr) return "";
  std::string_view text = f->text();
  size_t end = f->OffsetOf(pos);
  if (end >= text.size() || text[end] != '(') return "";
  size_t begin = OperandStart(text, end);
  return std::string(text.substr(begin, end - begin));
}

// A type as gc writes it in the messages of fn's package: its own named types unqualified.
auto TypeText(const ir::Function& fn, const types::Type* t) -> std::string {
  std::string_view saved = types::TypeStringPackage();
  types::SetTypeStringPackage(ir::PackagePathOf(fn.name()));
  std::string text = GcText(types::TypeString(t));
  types::SetTypeStringPackage(saved);
  return text;
}

auto ShortName(const ir::Function& fn) -> std::string_view {
  std::string_view n = fn.name();
  if (size_t dot = n.find('.'); dot != std::string_view::npos && n.substr(0, dot).find('(') == std::string_view::npos) {
    n.remove_prefix(dot + 1);
  }
  return n;
}

// gc's text of a string concatenation `a + "b" + c`: the source text the builder recorded,
// else (concatenations built by the compiler) its operands when they are names and literals.
auto ConcatText(const ir::Value* v) -> std::string {
  if (ir::IsStringConcat(v) && !v->str().empty()) return std::string(v->str());
  if (ir::IsStringConcat(v)) {
    std::string x = ConcatText(v->Operand(0));
    std::string y = ConcatText(v->Operand(1));
    return x.empty() || y.empty() ? "" : x + " + " + y;
  }
  if (v->op == ir::Op::Param || v->op == ir::Op::FreeVar) return std::string(v->str());
  if (v->op == ir::Op::ConstString) {
    std::string q = "\"";
    for (char c : v->str()) {
      if (c == '"' || c == '\\') q += '\\';
      if (c == '\n') {
        q += "\\n";
        continue;
      }
      q += c;
    }
    return q + "\"";
  }
  return "";
}

// The function initialising package variables, which gc does not have: it lays composite
// literals, closures and interface values of package variables out as static data.
auto IsPackageInit(const ir::Function& fn) -> bool { return !fn.pos().IsValid() && fn.name().ends_with(".init"); }

// Whether an allocation of the package initialiser ends up in static data: it is only stored
// into package variables or into other such allocations (filling them is not a use). A func
// literal stored into a map is made at run time.
class StaticData {
 public:
  explicit StaticData(const ir::Function& init) {
    for (const auto& b : init.blocks()) {
      for (const ir::Value* x : b->instrs) {
        for (const ir::Value* op : x->Operands()) users_[op].push_back(x);
      }
    }
  }

  auto Holds(const ir::Value* v) -> bool {
    switch (v->op) {
      case ir::Op::MakeInterface:
      case ir::Op::MakeClosure: break;
      case ir::Op::Alloc: {
        std::string_view text = v->str();
        if (!(text.starts_with("&") || text.starts_with("[]")) || !text.ends_with("}")) return false;
        break;
      }
      default: return false;
    }
    return Static(v);
  }

 private:
  auto Static(const ir::Value* v) -> bool {
    auto [it, fresh] = memo_.try_emplace(v, true);  // assumed static while being decided
    if (!fresh) return it->second;
    bool ok = true;
    for (const ir::Value* u : users_[v]) {
      switch (u->op) {
        case ir::Op::Store: ok = u->Operand(0) == v || IntoStatic(u->Operand(0)); break;
        case ir::Op::FieldAddr:
        case ir::Op::IndexAddr: ok = Filled(u); break;
        case ir::Op::Load:
        case ir::Op::Slice:
        case ir::Op::ChangeType: ok = Static(u); break;
        default: ok = false;
      }
      if (!ok) break;
    }
    memo_[v] = ok;
    return ok;
  }
  // An element address only stored through.
  auto Filled(const ir::Value* addr) -> bool {
    for (const ir::Value* u : users_[addr]) {
      if (u->op == ir::Op::Store && u->Operand(0) == addr) continue;
      if ((u->op == ir::Op::FieldAddr || u->op == ir::Op::IndexAddr) && Filled(u)) continue;
      return false;
    }
    return true;
  }
  auto IntoStatic(const ir::Value* addr) -> bool {
    while (addr->op == ir::Op::FieldAddr || addr->op == ir::Op::IndexAddr) addr = addr->Operand(0);
    if (addr->op == ir::Op::Global) return true;
    return addr->op == ir::Op::Alloc && addr->str().ends_with("}") && Static(addr);  // T{...} too
  }

  std::unordered_map<const ir::Value*, std::vector<const ir::Value*>> users_;
  std::unordered_map<const ir::Value*, bool> memo_;
};

// gc's note reasons, by the instruction that made an edge (derefs: the edge's). An implicit
// allocation's address is a "spill" to gc, a variable's an "address-of".
auto WhyOf(const ir::Value* v, int derefs) -> std::string {
  using ir::Op;
  if (derefs < 0 && (v->op == Op::MakeClosure || v->op == Op::MakeSlice || v->op == Op::MakeMap ||
                     v->op == Op::MakeInterface || (v->op == Op::Alloc && ClassifySite(v) != SiteKind::kVariable))) {
    return "spill";
  }
  switch (v->op) {
    case Op::Store:
    case Op::Phi: return "assign";
    case Op::Alloc: return "address-of";
    case Op::Load: return "indirection";
    case Op::FieldAddr:
    case Op::Field: return "dot";
    case Op::IndexAddr:
    case Op::Index: return "index";
    case Op::Slice: return "slice";
    case Op::Convert:
    case Op::ChangeType:
    case Op::ChangeInterface: return "conversion";
    case Op::MakeInterface: return "interface-converted";
    case Op::TypeAssert: return "dot-type";
    case Op::MakeClosure: return "captured by a closure";
    case Op::MakeSlice:
    case Op::MakeMap:
    case Op::MakeChan: return "make";
    case Op::MapLookup: return "map index";
    case Op::MapUpdate: return "map assign";
    case Op::Append: return "call parameter";  // gc: append is a call
    case Op::Copy: return "copy";
    case Op::Send: return "send";
    case Op::Recv: return "receive";
    case Op::Select: return "select";
    case Op::Call: return "call parameter";
    case Op::Go: return "go";
    case Op::Defer: return "defer";
    case Op::Extract: return "call result";
    case Op::Return: return "return";
    case Op::Panic: return "panic";
    case Op::Range:
    case Op::Next: return "range";
    default: return std::string(ir::OpName(v->op));
  }
}

// Turns the solver's paths into explanations: locations by name, temporaries folded into the
// flow they pass (gc has no SSA temporaries: `sink = &x` is one flow, {heap} = &x).
class Explainer {
 public:
  explicit Explainer(const SourceMap* sources) : sources_(sources) {}

  auto Explain(std::string header, const Path& path) const -> Explanation {
    Explanation e{std::move(header), {}, path.truncated};
    Flow flow;
    bool open = false;
    int derefs = 0;
    const Location* from = nullptr;
    for (size_t i = 0; i < path.steps.size(); ++i) {
      const Step& s = path.steps[i];
      if (!open) {
        flow = Flow{};
        flow.src = Name(s.src);
        from = s.src;
        derefs = 0;
        open = true;
      }
      derefs = std::max(derefs + s.derefs, -1);
      if (Pos use = CapturedAt(s.where, from); use.IsValid()) {
        // gc: a captured variable flows into the closure where the closure first uses it.
        std::string name(VariableName(from->site));
        flow.notes = {FlowNote{use, name, "captured by a closure"}, FlowNote{use, name, "reference"}};
      } else if (s.where != nullptr && s.where->pos.IsValid()) {
        FlowNote note{s.where->pos, Where(s.where), s.why != nullptr ? s.why : WhyOf(s.where, s.derefs)};
        LiteralElement(s.where, &note);
        // x.f through a pointer x: gc's one note "dot of pointer" for the field address and
        // the load.
        if (!flow.notes.empty() && note.why == "indirection" && flow.notes.back().why == "dot" &&
            flow.notes.back().pos == note.pos) {
          flow.notes.pop_back();
          note.why = "dot of pointer";
        }
        if (note.why == "dot" || note.why == "dot of pointer") {
          if (std::string sel = SelectorText(note.pos); !sel.empty()) note.where = sel;
        }
        const FlowNote* last = flow.notes.empty() ? nullptr : &flow.notes.back();
        if (last == nullptr || last->pos != note.pos || last->where != note.where || last->why != note.why) {
          flow.notes.push_back(std::move(note));
        }
      }
      if (s.dst->kind == LocKind::kTemp && i + 1 < path.steps.size()) continue;
      PlaceAddressOf(flow);
      flow.dst = Name(s.dst);
      flow.derefs = derefs;
      e.flows.push_back(std::move(flow));
      open = false;
    }
    return e;
  }

  // Where the closure that `where` makes first uses the variable `var` captures; invalid when
  // `where` makes no closure or var is not a variable it captures.
  auto CapturedAt(const ir::Value* where, const Location* var) const -> Pos {
    if (where == nullptr || where->op != ir::Op::MakeClosure || var == nullptr || var->kind != LocKind::kObject ||
        ClassifySite(var->site) != SiteKind::kVariable) {
      return Pos{};
    }
    const ir::Function* f = where->Operand(0)->func();
    for (size_t k = 1; k < where->num_operands; ++k) {
      if (where->Operand(k) != var->site || k - 1 >= f->free_vars().size()) continue;
      const ir::Value* fv = f->free_vars()[k - 1];
      for (const auto& b : f->blocks()) {
        for (const ir::Value* x : b->instrs) {
          for (const ir::Value* op : x->Operands()) {
            if (op != fv || !x->pos.IsValid()) continue;
            Pos name = FindOnLine(x->pos, VariableName(var->site));  // `c` of `c++`, not the `++`
            return name.IsValid() ? name : x->pos;
          }
        }
      }
    }
    return Pos{};
  }

  // An address-of note is at the variable's declaration (where the IR allocates it); gc puts
  // it at the `&x` of the statement that takes the address, which a later note quotes.
  void PlaceAddressOf(Flow& flow) const {
    for (size_t k = 0; k < flow.notes.size(); ++k) {
      FlowNote& note = flow.notes[k];
      if (note.why != "address-of" || !note.where.starts_with("&")) continue;
      for (size_t j = k + 1; j < flow.notes.size(); ++j) {
        if (Pos at = FindOnLine(flow.notes[j].pos, note.where); at.IsValid()) {
          note.pos = at;
          break;
        }
      }
    }
  }

  // `needle` as a whole word on pos's line.
  auto FindOnLine(Pos pos, std::string_view needle) const -> Pos {
    const SourceFile* f = sources_ != nullptr ? sources_->FileOf(pos) : nullptr;
    if (f == nullptr) return Pos{};
    std::string_view text = f->text();
    size_t at = f->OffsetOf(pos);
    size_t begin = text.rfind('\n', at == 0 ? 0 : at - 1);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    size_t end = std::min(text.find('\n', at), text.size());
    for (size_t i = text.find(needle, begin); i != std::string_view::npos && i + needle.size() <= end;
         i = text.find(needle, i + 1)) {
      char next = i + needle.size() < text.size() ? text[i + needle.size()] : ' ';
      char prev = i > 0 ? text[i - 1] : ' ';
      auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
      if (!ident(next) && (!ident(prev) || !ident(needle.front()))) return f->PosAt(static_cast<uint32_t>(i));
    }
    return Pos{};
  }

  // gc's explainLoc.
  static auto Name(const Location* l) -> std::string {
    switch (l->kind) {
      case LocKind::kHeap: return "{heap}";
      case LocKind::kParam: {
        const ir::Value* p = l->fn->params()[static_cast<size_t>(l->index)];
        return p->str().empty() ? "{temp}" : std::string(p->str());
      }
      case LocKind::kResult: return ResultName(*l->fn, static_cast<size_t>(l->index));
      case LocKind::kObject:
        if (ClassifySite(l->site) == SiteKind::kVariable) return std::string(VariableName(l->site));
        return "{storage for " + GcText(l->site->str()) + "}";
      default: return "{temp}";
    }
  }

 private:
  auto Where(const ir::Value* v) const -> std::string {
    if (v->op == ir::Op::Alloc && ClassifySite(v) == SiteKind::kVariable) return "&" + std::string(VariableName(v));
    bool site = (ir::OpShape(v->op) & ir::kShapeAllocates) != 0 || ir::IsImplicitAllocation(v);
    if (site && !v->str().empty()) return GcText(v->str());
    if (v->op == ir::Op::Append) {
      if (std::string call = CallText(v->pos); !call.empty()) return call;
    }
    return Statement(v->pos);
  }

  // A store of a field of a struct literal being built (`&pair{a: &w}`): gc's note is the
  // literal, at its `{`, a "struct literal element".
  void LiteralElement(const ir::Value* store, FlowNote* note) const {
    if (store->op != ir::Op::Store || store->Operand(0)->op != ir::Op::FieldAddr) return;
    const ir::Value* lit = store->Operand(0)->Operand(0);
    if (lit->op != ir::Op::Alloc || ClassifySite(lit) == SiteKind::kVariable || !lit->str().ends_with("}")) return;
    std::string text = GcText(lit->str());
    if (text.starts_with("&")) text.erase(0, 1);
    const SourceFile* f = sources_ != nullptr ? sources_->FileOf(lit->pos) : nullptr;
    if (f == nullptr || sources_->FileOf(store->pos) != f || store->pos < lit->pos) return;
    std::string_view src = f->text();
    size_t brace = src.find('{', f->OffsetOf(lit->pos));
    if (brace == std::string_view::npos || brace > f->OffsetOf(store->pos)) return;
    *note = FlowNote{f->PosAt(static_cast<uint32_t>(brace)), text, "struct literal element"};
  }

  // The selector whose `.` is at pos: `p.a`, `x.y.z`, `s[i].f`.
  auto SelectorText(Pos pos) const -> std::string {
    const SourceFile* f = sources_ != nullptr ? sources_->FileOf(pos) : nullptr;
    if (f == nullptr) return "";
    std::string_view text = f->text();
    size_t dot = f->OffsetOf(pos);
    if (dot >= text.size() || text[dot] != '.') return "";
    auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || (c & 0x80) != 0; };
    size_t end = dot + 1;
    while (end < text.size() && ident(text[end])) ++end;
    size_t begin = OperandStart(text, dot);
    if (begin == dot || end == dot + 1) return "";
    return std::string(text.substr(begin, end - begin));
  }

  // The call whose `(` is at pos, as gc prints it: `append(s, &v)`.
  auto CallText(Pos pos) const -> std::string {
    std::string callee = CalleeText(sources_, pos);
    const SourceFile* f = sources_ != nullptr ? sources_->FileOf(pos) : nullptr;
    if (callee.empty() || f == nullptr) return "";
    std::string_view text = f->text();
    size_t open = f->OffsetOf(pos);
    int depth = 0;
    for (size_t i = open; i < text.size() && text[i] != '\n'; ++i) {
      if (text[i] == '(') ++depth;
      if (text[i] == ')' && --depth == 0) return Abbreviated(callee + std::string(text.substr(open, i + 1 - open)));
    }
    return "";
  }

  // gc prints a composite literal's elements as `{...}`.
  static auto Abbreviated(std::string s) -> std::string {
    for (size_t i = 0; (i = s.find('{', i)) != std::string::npos; ++i) {
      size_t close = i + 1;
      for (int depth = 1; close < s.size(); ++close) {
        if (s[close] == '{') ++depth;
        if (s[close] == '}' && --depth == 0) break;
      }
      if (close >= s.size()) break;
      if (close > i + 1) s.replace(i + 1, close - i - 1, "...");
    }
    return s;
  }

  auto Statement(Pos pos) const -> std::string { return Abbreviated(StatementAt(sources_, pos)); }

  const SourceMap* sources_;
};

void SetHeap(ir::Value* v, bool heap) {
  if ((ir::OpShape(v->op) & ir::kShapeAllocates) == 0 && !ir::IsImplicitAllocation(v)) return;
  if (heap) {
    v->flags |= ir::kFlagHeap;
  } else {
    v->flags &= static_cast<uint8_t>(~ir::kFlagHeap);
  }
}

}  // namespace

auto Analyze(ir::Program& program, const Options& options) -> std::vector<Finding> {
  static const types::Sizes kAmd64(*types::FindArch("amd64"));
  const types::Sizes& sizes = options.sizes != nullptr ? *options.sizes : kAmd64;
  auto report = [&](const ir::Function& fn) {
    if (options.level <= 0) return false;
    return options.report ? options.report(fn) : fn.name().starts_with("main.");
  };
  Summaries summaries;
  std::vector<Finding> findings;
  bool explain = options.explain || options.level >= 2;
  StackLimits limits;
  if (options.small_frames) limits = StackLimits{128 * 1024, 16 * 1024};
  Explainer explainer(options.sources);
  auto add = [&](Pos pos, std::string message, std::string subject, const ir::Function& fn, Verdict verdict,
                 std::optional<Explanation> why = std::nullopt) {
    findings.push_back(Finding{pos, std::move(message), std::move(subject), std::string(fn.name()), verdict,
                               std::move(why)});
  };
  std::unordered_map<const ir::Function*, std::unique_ptr<StaticData>> static_data;
  static_assert(sizeof(Leaks) == sizeof(ParamSummary));
  if (options.imported != nullptr) {
    for (const auto& fn : program.functions()) {
      if (!fn->IsExternal()) continue;
      auto it = options.imported->find(std::string(fn->name()));
      if (it == options.imported->end()) continue;
      auto& leaks = summaries[fn.get()];
      for (const ParamSummary& p : it->second) leaks.push_back(Leaks{p});
    }
  }
  for (const auto& batch : BottomUp(program)) {
    Graph graph;
    graph.SetExplain(explain);
    BatchBuilder builder(graph, summaries, batch, sizes, options.sources, limits);
    builder.Build();
    const auto& called = builder.called_closures();
    graph.Solve(Contains, [&](const ir::Function* f) { return called.contains(f); });

    for (const ir::Function* fn : batch) {
      FunctionState& st = builder.state(fn);
      auto& leaks = summaries[fn];
      bool assembly = builder.AssemblyInGc(fn);
      for (Location* p : st.params) {
        Leaks l = p->param_esc;
        if (assembly) {
          l = Leaks{};
          l.AddHeap(0);
        }
        l.Optimize();
        leaks.push_back(l);
      }
      if (options.exported != nullptr && options.export_filter && options.export_filter(*fn)) {
        auto& out = (*options.exported)[std::string(fn->name())];
        for (const Leaks& l : leaks) out.push_back(l.v);
      }
      if (!report(*fn) || IsWrapper(*fn)) continue;
      for (size_t i = 0; i < st.params.size(); ++i) {
        const ir::Value* p = fn->params()[i];
        std::string_view name = p->str();
        if (name.empty() || name == "_" || !HasPointers(p->type) || st.params[i]->escapes) continue;
        const Leaks& l = leaks[i];
        std::string n(name);
        // gc's -m=2 header for a leak to `dest` (0 the heap, 1+j result j).
        auto leak_why = [&](int dest, int derefs) -> std::optional<Explanation> {
          if (!explain) return std::nullopt;
          for (const auto& [d, path] : st.params[i]->leak_paths) {
            if (d != dest) continue;
            std::string to = dest == 0 ? "{heap}" : ResultName(*fn, static_cast<size_t>(dest - 1));
            return explainer.Explain("parameter " + n + " leaks to " + to + " with derefs=" + std::to_string(derefs) + ":",
                                     path);
          }
          return std::nullopt;
        };
        if (l.Empty()) add(p->pos, n + " does not escape", n, *fn, Verdict::kNoLeak);
        if (int x = l.Heap(); x >= 0) {
          add(p->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + n, n, *fn, Verdict::kLeak,
              leak_why(0, x));
        }
        for (size_t j = 0; j < Leaks::kNumResults && j < st.results.size(); ++j) {
          if (int x = l.Result(static_cast<int>(j)); x >= 0) {
            add(p->pos, "leaking param: " + n + " to result " + ResultName(*fn, j) + " level=" + std::to_string(x), n,
                *fn, Verdict::kLeak, leak_why(1 + static_cast<int>(j), x));
          }
        }
      }
    }
    std::unordered_set<const ir::Value*> inner_concats;
    for (const auto& [site, loc] : builder.objects()) {
      if (ir::IsStringConcat(site)) {
        for (const ir::Value* op : site->Operands()) {
          if (ir::IsStringConcat(op)) inner_concats.insert(op);
        }
      }
    }
    for (const auto& [site, loc] : builder.objects()) {
      auto* v = const_cast<ir::Value*>(site);
      SetHeap(v, loc->escapes);
      const ir::Function* fn = v->block != nullptr ? v->block->func : nullptr;
      if (fn == nullptr || !report(*fn)) continue;
      // "X escapes to heap" / "X does not escape", explained when it escapes.
      auto add_site = [&](const std::string& text) {
        std::optional<Explanation> why;
        if (explain && loc->escapes) why = explainer.Explain(text + " escapes to heap:", loc->escape_path);
        add(v->pos, text + (loc->escapes ? " escapes to heap" : " does not escape"), text, *fn,
            loc->escapes ? Verdict::kHeap : Verdict::kStack, std::move(why));
      };
      if (ir::IsStringConcat(v)) {
        std::string text = ConcatText(v);
        if (!text.empty() && !inner_concats.contains(v)) add_site(text);
        continue;
      }
      if (ir::IsAllocatingConvert(v)) {
        if (!v->str().empty()) add_site(GcText(v->str()));
        continue;
      }
      if (IsPackageInit(*fn)) {
        auto& data = static_data[fn];
        if (data == nullptr) data = std::make_unique<StaticData>(*fn);
        if (data->Holds(v)) continue;
      }
      switch (ClassifySite(v)) {
        case SiteKind::kVariable:
          if (loc->escapes) {
            std::string name(VariableName(v));
            std::optional<Explanation> why;
            if (explain) why = explainer.Explain(name + " escapes to heap:", loc->escape_path);
            add(v->pos, "moved to heap: " + name, name, *fn, Verdict::kHeap, std::move(why));
          }
          break;
        case SiteKind::kReported: add_site(GcText(v->str())); break;
        case SiteKind::kSilent: break;
      }
    }
    // A variable gc would copy into the closure is shared with it here: it lives as long as
    // the closure does.
    for (const auto& [alloc, closure] : builder.byval_captures()) {
      if (closure->escapes) SetHeap(const_cast<ir::Value*>(alloc), true);
    }
    for (const auto& [d, heap] : builder.defers()) SetHeap(d, heap);
    for (const Devirtualized& d : builder.devirtualized()) {
      const ir::Function* fn = d.call->block->func;
      if (!report(*fn)) continue;
      std::string callee = CalleeText(options.sources, d.call->pos);
      if (callee.empty()) continue;
      add(d.call->pos, std::string(d.partial ? "partially " : "") + "devirtualizing " + callee + " to " + TypeText(*fn, d.type),
          callee, *fn, Verdict::kInfo);
    }
    if (options.level >= 2) {
      for (const Capture& c : builder.captures()) {
        const ir::Function* fn = c.var->block->func;
        if (!report(*fn)) continue;
        std::string name(VariableName(c.var));
        auto flag = [](bool b) { return b ? "true" : "false"; };
        add(c.var->pos, std::string(ShortName(*fn)) + " capturing by " + (c.byval ? "value" : "ref") + ": " + name +
                            " (addr=" + flag(c.addrtaken) + " assign=" + flag(c.reassigned) +
                            " width=" + std::to_string(c.width) + ")",
            name, *fn, Verdict::kInfo);
      }
    }
    for (const ir::Value* store : builder.self_assignments()) {
      const ir::Function* fn = store->block->func;
      if (!report(*fn)) continue;
      std::string statement(store->str());  // gc's text of the statement (ir: Assign)
      add(store->pos, std::string(ShortName(*fn)) + " ignoring self-assignment in " + statement, statement, *fn,
          Verdict::kInfo);
    }
  }
  return findings;
}

namespace {

// Sorted by position (stable). gc prints each -m line as it is made (WarnfAt flushes at
// once with -m), so identical lines stay: `f(x, x)` converts x to interface twice.
auto Ordered(std::vector<Finding> findings) -> std::vector<Finding> {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.pos < b.pos; });
  return findings;
}

auto Ops(int derefs) -> std::string { return derefs < 0 ? "&" : std::string(static_cast<size_t>(derefs), '*'); }

void JsonString(std::ostream& out, std::string_view s) {
  out << '"';
  for (char c : s) {
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\t': out << "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char* kHex = "0123456789abcdef";
          out << "\\u00" << kHex[(c >> 4) & 0xf] << kHex[c & 0xf];
        } else {
          out << c;
        }
    }
  }
  out << '"';
}

auto VerdictName(Verdict v) -> std::string_view {
  switch (v) {
    case Verdict::kHeap: return "heap";
    case Verdict::kStack: return "stack";
    case Verdict::kLeak: return "leak";
    case Verdict::kNoLeak: return "no-leak";
    case Verdict::kInfo: break;
  }
  return "info";
}

}  // namespace

void PrintFindings(std::vector<Finding> findings, const SourceMap& sources, std::ostream& out, int level) {
  for (const Finding& f : Ordered(std::move(findings))) {
    // Code without a position is a wrapper gocc made, as gc's autogenerated ones.
    std::string pos = f.pos.IsValid() ? sources.Format(f.pos) : "<autogenerated>:1";
    if (level >= 2 && f.why) {
      out << pos << ": " << f.why->header << '\n';
      for (const Flow& flow : f.why->flows) {
        out << pos << ":   flow: " << flow.dst << " = " << Ops(flow.derefs) << flow.src << ":\n";
        for (const FlowNote& n : flow.notes) {
          out << pos << ":     from " << n.where << " (" << n.why << ") at " << sources.Format(n.pos) << '\n';
        }
      }
      if (f.why->truncated) {
        out << pos << ":   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518\n";
      }
    }
    out << pos << ": " << f.message << '\n';
  }
}

void PrintFindingsJson(std::vector<Finding> findings, const SourceMap& sources, std::ostream& out) {
  auto ordered = Ordered(std::move(findings));
  out << '[';
  for (size_t i = 0; i < ordered.size(); ++i) {
    const Finding& f = ordered[i];
    const SourceFile* file = sources.FileOf(f.pos);
    ReportedPos at = file != nullptr ? file->ReportedAt(file->OffsetOf(f.pos)) : ReportedPos{};
    out << (i == 0 ? "\n" : ",\n") << "{\"pos\":";
    JsonString(out, sources.Format(f.pos));
    out << ",\"file\":";
    JsonString(out, at.filename);
    out << ",\"line\":" << at.line << ",\"col\":" << at.col << ",\"function\":";
    JsonString(out, f.function);
    out << ",\"subject\":";
    JsonString(out, f.subject);
    out << ",\"verdict\":\"" << VerdictName(f.verdict) << "\",\"message\":";
    JsonString(out, f.message);
    out << ",\"why\":";
    if (!f.why) {
      out << "null}";
      continue;
    }
    out << "{\"header\":";
    JsonString(out, f.why->header);
    out << ",\"truncated\":" << (f.why->truncated ? "true" : "false") << ",\"flows\":[";
    for (size_t k = 0; k < f.why->flows.size(); ++k) {
      const Flow& flow = f.why->flows[k];
      out << (k == 0 ? "" : ",") << "{\"dst\":";
      JsonString(out, flow.dst);
      out << ",\"src\":";
      JsonString(out, flow.src);
      out << ",\"derefs\":" << flow.derefs << ",\"notes\":[";
      for (size_t n = 0; n < flow.notes.size(); ++n) {
        const FlowNote& note = flow.notes[n];
        out << (n == 0 ? "" : ",") << "{\"pos\":";
        JsonString(out, sources.Format(note.pos));
        out << ",\"where\":";
        JsonString(out, note.where);
        out << ",\"why\":";
        JsonString(out, note.why);
        out << '}';
      }
      out << "]}";
    }
    out << "]}}";
  }
  out << "\n]\n";
}

}  // namespace gocc::escape
