// The analysis over a whole program: the call graph's strongly connected components bottom-up
// (gc's VisitFuncsBottomUp), each analysed as one batch with the function literals nested in
// its functions, then the verdicts: allocation-site flags for codegen, parameter summaries for
// the callers, and gc's -m lines (escape.go's finish and paramTag).
#include "analysis/escape/escape.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "analysis/escape/internal.h"
#include "ir/typeutil.h"
#include "typecheck/sizes.h"

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
  return !fn.pos().IsValid() || fn.name().find("-fm") != std::string::npos ||
         (fn.is_method && !fn.params().empty() && !fn.params()[0]->pos.IsValid());
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
  for (size_t i; (i = s.find("interface{}")) != std::string::npos;) s.replace(i, 11, "interface {}");
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

auto ShortName(const ir::Function& fn) -> std::string_view {
  std::string_view n = fn.name();
  if (size_t dot = n.find('.'); dot != std::string_view::npos && n.substr(0, dot).find('(') == std::string_view::npos) {
    n.remove_prefix(dot + 1);
  }
  return n;
}

auto IsConcat(const ir::Value* v) -> bool {
  return v->op == ir::Op::BinOp && v->binop() == ir::BinaryOp::Add && ir::IsStringType(v->type);
}

// gc's text of a string concatenation `a + "b" + c`, when its operands are names and literals.
auto ConcatText(const ir::Value* v) -> std::string {
  if (IsConcat(v)) {
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

void SetHeap(ir::Value* v, bool heap) {
  if ((ir::OpShape(v->op) & ir::kShapeAllocates) == 0) return;
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
      if (IsConcat(site)) {
        for (const ir::Value* op : site->Operands()) {
          if (IsConcat(op)) inner_concats.insert(op);
        }
      }
    }
    for (const auto& [site, loc] : builder.objects()) {
      auto* v = const_cast<ir::Value*>(site);
      SetHeap(v, loc->escapes);
      const ir::Function* fn = v->block != nullptr ? v->block->func : nullptr;
      if (fn == nullptr || !report(*fn)) continue;
      if (IsConcat(v)) {
        std::string text = ConcatText(v);
        if (!text.empty() && !inner_concats.contains(v)) {
          findings.push_back({v->pos, text + (loc->escapes ? " escapes to heap" : " does not escape")});
        }
        continue;
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
