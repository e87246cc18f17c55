#include "analysis/layout/collect.h"

#include <algorithm>
#include <unordered_map>

#include "typecheck/check.h"

namespace gocc::layout {
namespace {

using ast::NodeKind;

auto TrimLeft(std::string_view s) -> std::string_view {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// A struct's report name (T, T.field, F.T, ...), built only when a struct is found: most
// declarations walked hold none, and joining strings for each of them costs more than the walk.
struct Name {
  const Name* outer = nullptr;
  std::string_view part;

  auto empty() const -> bool { return part.empty() && (outer == nullptr || outer->empty()); }
  auto str() const -> std::string {
    std::string out = outer != nullptr ? outer->str() : std::string();
    if (!out.empty() && !part.empty()) out += '.';
    out += part;
    return out;
  }
};

const Name kParam{nullptr, "param"};

constexpr std::string_view kIgnoreMark = "//gocc:layout ignore";

// Whether a type expression has a struct type in it, where TypeExpr would look: only then is
// the checked type it denotes worth resolving.
auto ContainsStructType(const ast::Expr* e) -> bool {
  if (e == nullptr) return false;
  switch (e->kind) {
    case NodeKind::StructType: return true;
    case NodeKind::ParenExpr: return ContainsStructType(static_cast<const ast::ParenExpr*>(e)->x);
    case NodeKind::StarExpr: return ContainsStructType(static_cast<const ast::StarExpr*>(e)->x);
    case NodeKind::Ellipsis: return ContainsStructType(static_cast<const ast::Ellipsis*>(e)->elem);
    case NodeKind::ArrayType: return ContainsStructType(static_cast<const ast::ArrayType*>(e)->elem);
    case NodeKind::ChanType: return ContainsStructType(static_cast<const ast::ChanType*>(e)->elem);
    case NodeKind::MapType: {
      const auto* m = static_cast<const ast::MapType*>(e);
      return ContainsStructType(m->key) || ContainsStructType(m->value);
    }
    case NodeKind::FuncType: {
      const auto* ft = static_cast<const ast::FuncType*>(e);
      for (auto list : {ft->params, ft->results}) {
        for (const ast::Field* f : list) {
          if (ContainsStructType(f->type)) return true;
        }
      }
      return false;
    }
    case NodeKind::InterfaceType:
      for (const ast::Field* f : static_cast<const ast::InterfaceType*>(e)->elems) {
        if (ContainsStructType(f->type)) return true;
      }
      return false;
    default:
      return false;
  }
}

class Collector {
 public:
  Collector(const types::Info* info, const TypeResolver* resolve, PackageFacts* facts,
            bool literals_in_bodies = true)
      : info_(info), resolve_(resolve), facts_(facts), literals_in_bodies_(literals_in_bodies) {}

  // Scan mode (no resolver, no info): only notes what NeedsInfo asks.
  auto struct_in_body() const -> bool { return struct_in_body_; }

  void SetFiles(std::span<ast::File* const>* files) { files_ = files; }

  void NotePackageTypes(const ast::File* file) {
    for (const ast::Decl* d : file->decls) {
      const auto* g = d->As<ast::GenDecl>();
      if (g == nullptr) continue;
      for (const ast::Node* spec : g->specs) {
        if (const auto* ts = spec->As<ast::TypeSpec>()) package_types_.insert(ts->name->name);
      }
    }
  }

  void File(const ast::File* file, const SourceFile* source) {
    source_ = source;
    for (const ast::Decl* d : file->decls) Decl(d, Name{});
  }

  // Structs whose checked type was not found are counted and dropped.
  void Finish() {
    auto& list = facts_->structs;
    facts_->unmatched = static_cast<int>(
        std::count_if(list.begin(), list.end(), [](const FoundStruct& s) { return !s.type; }));
    list.erase(std::remove_if(list.begin(), list.end(),
                              [](const FoundStruct& s) { return s.type == nullptr; }),
               list.end());
  }

 private:
  // The type of the object `id` declares; without Info, what `type_expr` denotes at package
  // level (never inside a body: local names are not in the package scope).
  auto DefType(const ast::Ident* id, const ast::Expr* type_expr) const -> const types::Type* {
    if (info_ != nullptr) {
      auto it = info_->defs.find(id);
      return it != info_->defs.end() && it->second != nullptr ? it->second->type : nullptr;
    }
    if (resolve_ == nullptr || in_body_ > 0 || type_expr == nullptr) return nullptr;
    return (*resolve_)(type_expr);
  }

  // A composite literal's type: recorded, or (without Info) its written package-level type name,
  // or the element type `elided` of the literal around it.
  auto LitType(const ast::CompositeLit* lit, const types::Type* elided) -> const types::Type* {
    if (info_ != nullptr) {
      auto it = info_->types.find(lit);
      return it != info_->types.end() ? it->second.type : nullptr;
    }
    if (lit->type == nullptr) return elided;
    if (resolve_ == nullptr) return nullptr;
    if (in_body_ == 0) return (*resolve_)(lit->type);
    // In a body, only a package-level type name resolves without Info.
    const auto* name = lit->type->As<ast::Ident>();
    if (name == nullptr) return nullptr;
    if (!package_types_ready_) {
      for (const ast::File* file : *files_) NotePackageTypes(file);
      package_types_ready_ = true;
    }
    return package_types_.count(name->name) != 0 ? (*resolve_)(name) : nullptr;
  }

  // Whether the literal's type matters: with Info it is free; without, only a positional
  // literal (T{1, 2}) or one with elided inner literals ([]T{{1, 2}}) needs it resolved.
  static auto NeedsLitType(const ast::CompositeLit* lit) -> bool {
    if (lit->elts.empty()) return false;
    if (lit->elts[0]->kind != NodeKind::KeyValueExpr) return true;
    for (const ast::Expr* elt : lit->elts) {
      const ast::Expr* v = elt;
      if (const auto* kv = v->As<ast::KeyValueExpr>()) v = kv->value;
      if (const auto* inner = v->As<ast::CompositeLit>(); inner && inner->type == nullptr) {
        return true;
      }
    }
    return false;
  }

  static auto Join(const Name& outer, std::string_view inner) -> Name { return {&outer, inner}; }

  auto Ignored(Pos pos) const -> bool {
    std::string_view text = source_->text();
    uint32_t off = source_->OffsetOf(pos);
    size_t line_start = text.rfind('\n', off == 0 ? 0 : off - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    size_t line_end = text.find('\n', off);
    if (text.substr(line_start, line_end - line_start).find(kIgnoreMark) !=
        std::string_view::npos) {
      return true;
    }
    // The comment lines right above.
    while (line_start > 0) {
      size_t prev = text.rfind('\n', line_start - 2);
      prev = prev == std::string_view::npos ? 0 : prev + 1;
      std::string_view line = TrimLeft(text.substr(prev, line_start - 1 - prev));
      if (!line.starts_with("//")) return false;
      if (line.starts_with(kIgnoreMark)) return true;
      line_start = prev;
    }
    return false;
  }

  // Records every StructType in the type expression e, named after `name`, with its checked
  // type: `t` is what e denotes (nullptr if unknown), followed into elements and fields.
  void TypeExpr(const ast::Expr* e, const Name& name, const types::Type* t) {
    if (e == nullptr) return;
    switch (e->kind) {
      case NodeKind::ParenExpr:
        return TypeExpr(static_cast<const ast::ParenExpr*>(e)->x, name, t);
      case NodeKind::StarExpr: {
        const auto* p = types::As<types::Pointer>(t);
        return TypeExpr(static_cast<const ast::StarExpr*>(e)->x, name, p ? p->elem : nullptr);
      }
      case NodeKind::Ellipsis: {
        const auto* sl = types::As<types::Slice>(t);
        return TypeExpr(static_cast<const ast::Ellipsis*>(e)->elem, name, sl ? sl->elem : nullptr);
      }
      case NodeKind::ArrayType: {
        const auto* at = static_cast<const ast::ArrayType*>(e);
        Expr(at->len, name);
        const types::Type* elem = nullptr;
        if (const auto* a = types::As<types::Array>(t)) elem = a->elem;
        if (const auto* sl = types::As<types::Slice>(t)) elem = sl->elem;
        return TypeExpr(at->elem, name, elem);
      }
      case NodeKind::MapType: {
        const auto* m = types::As<types::Map>(t);
        TypeExpr(static_cast<const ast::MapType*>(e)->key, name, m ? m->key : nullptr);
        return TypeExpr(static_cast<const ast::MapType*>(e)->value, name, m ? m->value : nullptr);
      }
      case NodeKind::ChanType: {
        const auto* c = types::As<types::Chan>(t);
        return TypeExpr(static_cast<const ast::ChanType*>(e)->elem, name, c ? c->elem : nullptr);
      }
      case NodeKind::FuncType: return FuncType(static_cast<const ast::FuncType*>(e), name);
      case NodeKind::InterfaceType:
        for (const ast::Field* f : static_cast<const ast::InterfaceType*>(e)->elems) {
          TypeExpr(f->type, name, nullptr);
        }
        return;
      case NodeKind::StructType: {
        const auto* st = static_cast<const ast::StructType*>(e);
        if (in_body_ > 0) struct_in_body_ = true;
        const auto* s = types::As<types::Struct>(types::Underlying(t));
        if (!scan_only_) {
          facts_->structs.push_back(FoundStruct{name.empty() ? "struct" : name.str(), st, s, source_,
                                                Ignored(st->pos)});
        }
        size_t i = 0;
        for (const ast::Field* f : st->fields) {
          std::string_view field = f->names.empty() ? "embedded" : f->names[0]->name;
          const types::Type* ft =
              s != nullptr && i < s->fields.size() ? s->fields[i].type : nullptr;
          TypeExpr(f->type, Join(name, field), ft);
          i += std::max<size_t>(1, f->names.size());
        }
        return;
      }
      default:
        return Expr(e, name);
    }
  }

  void FuncType(const ast::FuncType* ft, const Name& name) {
    for (auto list : {ft->params, ft->results}) {
      for (const ast::Field* f : list) {
        const Name& param = name.empty() ? kParam : name;
        const ast::Ident* id = f->names.empty() ? nullptr : f->names[0];
        if (!ContainsStructType(f->type)) {
          TypeExpr(f->type, param, nullptr);  // nothing to pair; literals in array lengths
          continue;
        }
        if (const auto* dots = f->type->As<ast::Ellipsis>()) {
          // The parameter's type is a slice; without Info, resolve the element.
          const types::Type* elem = nullptr;
          if (info_ != nullptr && id != nullptr) {
            const auto* sl = types::As<types::Slice>(DefType(id, nullptr));
            elem = sl != nullptr ? sl->elem : nullptr;
          } else if (info_ == nullptr) {
            elem = DefType(nullptr, dots->elem);
          }
          TypeExpr(dots->elem, param, elem);
        } else {
          const types::Type* t =
              info_ != nullptr && id == nullptr ? nullptr : DefType(id, f->type);
          TypeExpr(f->type, param, t);
        }
      }
    }
  }

  void Decl(const ast::Decl* d, const Name& scope) {
    if (const auto* fd = d->As<ast::FuncDecl>()) {
      Name name{nullptr, fd->name->name == "_" ? std::string_view("func") : fd->name->name};
      if (fd->recv != nullptr) FuncTypeFields(fd->recv, name);
      FuncType(fd->type, name);
      Body(fd->body, name);
      return;
    }
    const auto* g = d->As<ast::GenDecl>();
    if (g == nullptr) return;
    // NeedsInfo looks only inside bodies; package-level types never need Info.
    if (scan_only_ && in_body_ == 0 && g->tok == lex::TokenKind::Type) return;
    for (const ast::Node* spec : g->specs) {
      if (const auto* ts = spec->As<ast::TypeSpec>()) {
        const types::Type* t = DefType(ts->name, ts->name);
        if (const auto* named = types::As<types::Named>(t); named && !ts->is_alias) {
          t = named->underlying;
        }
        TypeExpr(ts->type, Join(scope, ts->name->name), t);
      } else if (const auto* vs = spec->As<ast::ValueSpec>()) {
        std::string_view name = vs->names.empty() ? std::string_view("var") : vs->names[0]->name;
        if (vs->type != nullptr) {
          TypeExpr(vs->type, Join(scope, name),
                   vs->names.empty() || !ContainsStructType(vs->type)
                       ? nullptr
                       : DefType(vs->names[0], vs->type));
        }
        for (const ast::Expr* v : vs->values) Expr(v, Join(scope, name));
      }
    }
  }

  void Body(const ast::BlockStmt* body, const Name& scope) {
    if (body == nullptr) return;
    if (!scan_only_ && info_ == nullptr && !literals_in_bodies_) return;  // see CollectOptions
    // NeedsInfo only asks whether a struct type is written in a body: one without the word
    // `struct` in its text has none, and need not be walked.
    if (scan_only_) {
      uint32_t begin = source_->OffsetOf(body->pos), end = source_->OffsetOf(body->rbrace);
      if (end <= begin || source_->text().substr(begin, end - begin).find("struct") ==
                              std::string_view::npos) {
        return;
      }
    }
    ++in_body_;
    Stmt(body, scope);
    --in_body_;
  }

  void FuncTypeFields(const ast::Field* recv, const Name& name) {
    TypeExpr(recv->type, name, nullptr);
  }

  void Exprs(ast::List<ast::Expr> list, const Name& scope) {
    for (const ast::Expr* e : list) Expr(e, scope);
  }

  // The type of literals elided inside a literal of type t ([]T{{...}}, map[K]*T{k: {...}}).
  static auto ElidedElem(const types::Type* t) -> const types::Type* {
    const types::Type* u = types::Underlying(t);
    const types::Type* elem = nullptr;
    if (const auto* a = types::As<types::Array>(u)) elem = a->elem;
    if (const auto* sl = types::As<types::Slice>(u)) elem = sl->elem;
    if (const auto* m = types::As<types::Map>(u)) elem = m->value;
    if (const auto* p = types::As<types::Pointer>(elem)) elem = p->elem;
    return elem;
  }

  void Expr(const ast::Expr* e, const Name& scope, const types::Type* elided = nullptr) {
    if (e == nullptr) return;
    switch (e->kind) {
      case NodeKind::CompositeLit: {
        const auto* lit = static_cast<const ast::CompositeLit*>(e);
        const types::Type* t =
            info_ != nullptr || lit->type == nullptr || lit->type->kind == NodeKind::StructType ||
                    NeedsLitType(lit)
                ? LitType(lit, elided)
                : nullptr;
        if (lit->type != nullptr) {
          TypeExpr(lit->type, Join(scope, "literal"), t);
        }
        if (t != nullptr && !lit->elts.empty() && lit->elts[0]->kind != NodeKind::KeyValueExpr) {
          if (const auto* s = types::As<types::Struct>(types::Underlying(t))) {
            facts_->positional_literals.insert(s);
          }
        }
        const types::Type* inner = t != nullptr ? ElidedElem(t) : nullptr;
        for (const ast::Expr* elt : lit->elts) Expr(elt, scope, inner);
        return;
      }
      case NodeKind::KeyValueExpr: {
        const auto* kv = static_cast<const ast::KeyValueExpr*>(e);
        Expr(kv->key, scope);
        return Expr(kv->value, scope, elided);
      }
      case NodeKind::FuncLit: {
        const auto* fl = static_cast<const ast::FuncLit*>(e);
        FuncType(fl->type, scope);
        return Body(fl->body, scope);
      }
      case NodeKind::ParenExpr: return Expr(static_cast<const ast::ParenExpr*>(e)->x, scope);
      case NodeKind::SelectorExpr: return Expr(static_cast<const ast::SelectorExpr*>(e)->x, scope);
      case NodeKind::IndexExpr: {
        const auto* ix = static_cast<const ast::IndexExpr*>(e);
        Expr(ix->x, scope);
        return Exprs(ix->indices, scope);
      }
      case NodeKind::SliceExpr: {
        const auto* sl = static_cast<const ast::SliceExpr*>(e);
        Expr(sl->x, scope);
        Expr(sl->low, scope);
        Expr(sl->high, scope);
        return Expr(sl->max, scope);
      }
      case NodeKind::TypeAssertExpr: {
        const auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
        Expr(ta->x, scope);
        return TypeExpr(ta->type, scope, nullptr);
      }
      case NodeKind::CallExpr: {
        const auto* call = static_cast<const ast::CallExpr*>(e);
        AtomicCall(call);
        Expr(call->fun, scope);
        return Exprs(call->args, scope);
      }
      case NodeKind::StarExpr: return Expr(static_cast<const ast::StarExpr*>(e)->x, scope);
      case NodeKind::UnaryExpr: return Expr(static_cast<const ast::UnaryExpr*>(e)->x, scope);
      case NodeKind::BinaryExpr: {
        const auto* b = static_cast<const ast::BinaryExpr*>(e);
        Expr(b->x, scope);
        return Expr(b->y, scope);
      }
      case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
      case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      case NodeKind::Ellipsis:
        return TypeExpr(e, scope, nullptr);
      default:
        return;
    }
  }

  // atomic.AddInt64(&x.f, 1) and friends: x.f must be 8-aligned on 32-bit targets.
  void AtomicCall(const ast::CallExpr* call) {
    if (info_ == nullptr) return;
    const auto* fun = call->fun->As<ast::SelectorExpr>();
    if (fun == nullptr || call->args.empty()) return;
    const auto* pkg = fun->x->As<ast::Ident>();
    if (pkg == nullptr) return;
    auto use = info_->uses.find(pkg);
    if (use == info_->uses.end() || use->second == nullptr ||
        use->second->kind != types::ObjectKind::Package ||
        use->second->import_path != "sync/atomic") {
      return;
    }
    std::string_view fn = fun->sel->name;
    if (!fn.ends_with("Int64") && !fn.ends_with("Uint64")) return;
    const ast::Expr* arg = call->args[0];
    while (const auto* p = arg->As<ast::ParenExpr>()) arg = p->x;
    const auto* addr = arg->As<ast::UnaryExpr>();
    if (addr == nullptr || addr->op != lex::TokenKind::And) return;
    const ast::Expr* x = addr->x;
    while (const auto* p = x->As<ast::ParenExpr>()) x = p->x;
    const auto* sel = x->As<ast::SelectorExpr>();
    if (sel == nullptr) return;
    auto it = info_->selections.find(sel);
    if (it == info_->selections.end() || it->second.kind != types::SelectionKind::FieldVal) return;
    const types::Type* t = it->second.recv;
    const std::vector<int>& path = it->second.path;
    for (size_t i = 0; i < path.size(); ++i) {
      if (const auto* p = types::As<types::Pointer>(types::Underlying(t))) t = p->elem;
      const auto* s = types::As<types::Struct>(types::Underlying(t));
      if (s == nullptr || path[i] < 0 || static_cast<size_t>(path[i]) >= s->fields.size()) return;
      if (i + 1 == path.size()) {
        facts_->atomic_fields.insert({s, path[i]});
      } else {
        t = s->fields[path[i]].type;
      }
    }
  }

  void Stmts(ast::List<ast::Stmt> list, const Name& scope) {
    for (const ast::Stmt* s : list) Stmt(s, scope);
  }

  void Stmt(const ast::Stmt* s, const Name& scope) {
    if (s == nullptr) return;
    switch (s->kind) {
      case NodeKind::DeclStmt:
        return Decl(static_cast<const ast::DeclStmt*>(s)->decl, scope);
      case NodeKind::LabeledStmt: return Stmt(static_cast<const ast::LabeledStmt*>(s)->stmt, scope);
      case NodeKind::ExprStmt: return Expr(static_cast<const ast::ExprStmt*>(s)->x, scope);
      case NodeKind::SendStmt:
        Expr(static_cast<const ast::SendStmt*>(s)->chan, scope);
        return Expr(static_cast<const ast::SendStmt*>(s)->value, scope);
      case NodeKind::IncDecStmt: return Expr(static_cast<const ast::IncDecStmt*>(s)->x, scope);
      case NodeKind::AssignStmt:
        Exprs(static_cast<const ast::AssignStmt*>(s)->lhs, scope);
        return Exprs(static_cast<const ast::AssignStmt*>(s)->rhs, scope);
      case NodeKind::GoStmt: return Expr(static_cast<const ast::GoStmt*>(s)->call, scope);
      case NodeKind::DeferStmt: return Expr(static_cast<const ast::DeferStmt*>(s)->call, scope);
      case NodeKind::ReturnStmt: return Exprs(static_cast<const ast::ReturnStmt*>(s)->results, scope);
      case NodeKind::BlockStmt: return Stmts(static_cast<const ast::BlockStmt*>(s)->stmts, scope);
      case NodeKind::IfStmt: {
        const auto* i = static_cast<const ast::IfStmt*>(s);
        Stmt(i->init, scope);
        Expr(i->cond, scope);
        Stmt(i->then, scope);
        return Stmt(i->else_, scope);
      }
      case NodeKind::CaseClause: {
        const auto* c = static_cast<const ast::CaseClause*>(s);
        Exprs(c->list, scope);
        return Stmts(c->body, scope);
      }
      case NodeKind::SwitchStmt: {
        const auto* sw = static_cast<const ast::SwitchStmt*>(s);
        Stmt(sw->init, scope);
        Expr(sw->tag, scope);
        for (const ast::CaseClause* c : sw->body) Stmt(c, scope);
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        const auto* ts = static_cast<const ast::TypeSwitchStmt*>(s);
        Stmt(ts->init, scope);
        Stmt(ts->assign, scope);
        for (const ast::CaseClause* c : ts->body) {
          for (const ast::Expr* e : c->list) TypeExpr(e, scope, nullptr);
          Stmts(c->body, scope);
        }
        return;
      }
      case NodeKind::CommClause: {
        const auto* c = static_cast<const ast::CommClause*>(s);
        Stmt(c->comm, scope);
        return Stmts(c->body, scope);
      }
      case NodeKind::SelectStmt:
        for (const ast::CommClause* c : static_cast<const ast::SelectStmt*>(s)->body) {
          Stmt(c, scope);
        }
        return;
      case NodeKind::ForStmt: {
        const auto* f = static_cast<const ast::ForStmt*>(s);
        Stmt(f->init, scope);
        Expr(f->cond, scope);
        Stmt(f->post, scope);
        return Stmt(f->body, scope);
      }
      case NodeKind::RangeStmt: {
        const auto* r = static_cast<const ast::RangeStmt*>(s);
        Expr(r->x, scope);
        return Stmt(r->body, scope);
      }
      default:
        return;
    }
  }

  const types::Info* info_;
  const TypeResolver* resolve_;
  PackageFacts* facts_;
  bool literals_in_bodies_;
  bool scan_only_ = resolve_ == nullptr;  // NeedsInfo's walk: no names, no structs
  int in_body_ = 0;
  bool struct_in_body_ = false;
  std::unordered_set<std::string_view> package_types_;  // built on first need
  bool package_types_ready_ = false;
  std::span<ast::File* const>* files_ = nullptr;
  const SourceFile* source_ = nullptr;
};

}  // namespace

auto IsGenerated(std::string_view text) -> bool {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with("// Code generated ") && line.ends_with(" DO NOT EDIT.")) return true;
    if (line.starts_with("package ")) return false;
    pos = end + 1;
  }
  return false;
}

auto NeedsInfo(std::span<ast::File* const> files, const SourceMap& sources) -> bool {
  PackageFacts scratch;
  Collector scan(nullptr, nullptr, &scratch);
  for (const ast::File* file : files) {
    const SourceFile* source = sources.FileOf(file->pos);
    if (source == nullptr) continue;
    if (source->text().find("\"sync/atomic\"") != std::string_view::npos) return true;
    scan.File(file, source);
    if (scan.struct_in_body()) return true;
  }
  return false;
}

auto Collect(std::span<ast::File* const> files, const types::Info* info,
             const TypeResolver& resolve, const SourceMap& sources, const CollectOptions& options)
    -> PackageFacts {
  PackageFacts facts;
  Collector collector(info, &resolve, &facts, options.literals_in_bodies);
  collector.SetFiles(&files);
  for (const ast::File* file : files) {
    const SourceFile* source = sources.FileOf(file->pos);
    if (source == nullptr) continue;
    if (!options.include_generated && IsGenerated(source->text())) {
      ++facts.skipped_files;
      continue;
    }
    collector.File(file, source);
  }
  collector.Finish();
  return facts;
}

}  // namespace gocc::layout
