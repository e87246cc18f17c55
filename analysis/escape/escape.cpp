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
#include "ir/typeutil.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

namespace gocc::escape {

namespace {

auto Outermost(const ir::Function* fn) -> const ir::Function* {
  while (fn->parent != nullptr) fn = fn->parent;
  return fn;
}

auto Contains(const ir::Function* outer, const ir::Function* inner) -> bool {
  if (outer == inner) return false;
  for (const ir::Function* f = inner->parent; f != nullptr; f = f->parent) {
    if (f == outer) return true;
  }
  return false;
}

// Functions gc writes no parameter lines for: wrappers it generates itself.
auto IsWrapper(const ir::Function& fn) -> bool {
  return !fn.pos().IsValid() || fn.name().find("-fm") != std::string::npos || IsPromotedWrapper(fn);
}

// Groups (a function with its nested literals) in bottom-up order of the call graph: Tarjan's
// algorithm emits each strongly connected component after every component it reaches.
auto BottomUp(const ir::Program& program) -> std::vector<std::vector<const ir::Function*>> {
  std::vector<const ir::Function*> roots;
  std::unordered_map<const ir::Function*, std::vector<const ir::Function*>> members;
  for (const auto& f : program.functions()) {
    if (f->IsExternal()) continue;
    const ir::Function* r = Outermost(f.get());
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
            const ir::Function* tr = Outermost(t);
            if (tr != r && members.contains(tr)) out.push_back(tr);
          }
        }
      }
    }
  }
  std::vector<std::vector<const ir::Function*>> batches;
  std::unordered_map<const ir::Function*, int> index, low;
  std::unordered_set<const ir::Function*> on_stack;
  std::vector<const ir::Function*> stack;
  int next = 0;
  std::function<void(const ir::Function*)> visit = [&](const ir::Function* v) {
    index[v] = low[v] = next++;
    stack.push_back(v);
    on_stack.insert(v);
    for (const ir::Function* w : succs[v]) {
      if (!index.contains(w)) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack.contains(w)) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      std::vector<const ir::Function*> batch;
      const ir::Function* w = nullptr;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack.erase(w);
        for (const ir::Function* m : members[w]) batch.push_back(m);
      } while (w != v);
      batches.push_back(std::move(batch));
    }
  };
  for (const ir::Function* r : roots) {
    if (!index.contains(r)) visit(r);
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

// The called expression before the `(` at pos (`x.M`, `s.f().M`): identifiers, dots and
// bracketed groups, read backwards.
auto CalleeText(const SourceMap* sources, Pos pos) -> std::string {
  if (sources == nullptr) return "";
  const SourceFile* f = sources->FileOf(pos);
  if (f == nullptr) return "";
  std::string_view text = f->text();
  size_t end = f->OffsetOf(pos);
  if (end >= text.size() || text[end] != '(') return "";
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
  return std::string(text.substr(i, end - i));
}

// A type as gc writes it in the messages of fn's package: its own named types unqualified.
auto TypeText(const ir::Function& fn, const types::Type* t) -> std::string {
  std::string_view saved = types::TypeStringPackage();
  std::string_view name = fn.name();
  size_t slash = name.rfind('/', name.find('('));
  size_t dot = name.find('.', slash == std::string_view::npos ? 0 : slash);
  types::SetTypeStringPackage(name.substr(0, dot));
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
  std::unordered_map<const ir::Function*, std::unique_ptr<StaticData>> static_data;
  for (const auto& batch : BottomUp(program)) {
    Graph graph;
    BatchBuilder builder(graph, summaries, batch, sizes, options.sources);
    builder.Build();
    const auto& called = builder.called_closures();
    graph.Solve(Contains, [&](const ir::Function* f) { return called.contains(f); });

    for (const ir::Function* fn : batch) {
      FunctionState& st = builder.state(fn);
      auto& leaks = summaries[fn];
      for (Location* p : st.params) {
        Leaks l = p->param_esc;
        l.Optimize();
        leaks.push_back(l);
      }
      if (!report(*fn) || IsWrapper(*fn)) continue;
      for (size_t i = 0; i < st.params.size(); ++i) {
        const ir::Value* p = fn->params()[i];
        std::string_view name = p->str();
        if (name.empty() || name == "_" || !HasPointers(p->type) || st.params[i]->escapes) continue;
        const Leaks& l = leaks[i];
        std::string n(name);
        if (l.Empty()) findings.push_back({p->pos, n + " does not escape"});
        if (int x = l.Heap(); x >= 0) {
          findings.push_back({p->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + n});
        }
        for (size_t j = 0; j < Leaks::kNumResults && j < st.results.size(); ++j) {
          if (int x = l.Result(static_cast<int>(j)); x >= 0) {
            findings.push_back({p->pos, "leaking param: " + n + " to result " + ResultName(*fn, j) +
                                            " level=" + std::to_string(x)});
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
      if (ir::IsStringConcat(v)) {
        std::string text = ConcatText(v);
        if (!text.empty() && !inner_concats.contains(v)) {
          findings.push_back({v->pos, text + (loc->escapes ? " escapes to heap" : " does not escape")});
        }
        continue;
      }
      if (ir::IsAllocatingConvert(v)) {
        if (!v->str().empty()) findings.push_back({v->pos, GcText(v->str()) + (loc->escapes ? " escapes to heap" : " does not escape")});
        continue;
      }
      if (IsPackageInit(*fn)) {
        auto& data = static_data[fn];
        if (data == nullptr) data = std::make_unique<StaticData>(*fn);
        if (data->Holds(v)) continue;
      }
      switch (ClassifySite(v)) {
        case SiteKind::kVariable:
          if (loc->escapes) findings.push_back({v->pos, "moved to heap: " + std::string(VariableName(v))});
          break;
        case SiteKind::kReported:
          findings.push_back({v->pos, GcText(v->str()) + (loc->escapes ? " escapes to heap" : " does not escape")});
          break;
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
      findings.push_back({d.call->pos, std::string(d.partial ? "partially " : "") + "devirtualizing " + callee +
                                           " to " + TypeText(*fn, d.type)});
    }
    for (const ir::Value* store : builder.self_assignments()) {
      const ir::Function* fn = store->block->func;
      if (!report(*fn)) continue;
      findings.push_back({store->pos, std::string(ShortName(*fn)) + " ignoring self-assignment in " +
                                          StatementText(options.sources, store->pos)});
    }
  }
  return findings;
}

void PrintFindings(std::vector<Finding> findings, const SourceMap& sources, std::ostream& out) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.pos < b.pos; });
  const Finding* prev = nullptr;
  for (const Finding& f : findings) {
    if (prev != nullptr && prev->pos == f.pos && prev->message == f.message) continue;
    prev = &f;
    out << sources.Format(f.pos) << ": " << f.message << '\n';
  }
}

}  // namespace gocc::escape
