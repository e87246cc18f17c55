// `gocc ast`: the tree as indented text, one node per line, children indented under their field
// name. Deterministic, so golden tests can pin the parser.
//
//   File 1:1 package=main
//     decls[0]: FuncDecl 3:1
//       name: Ident 3:6 "main"
#include "ast/dump.h"

#include <ostream>

namespace gocc::ast {

namespace {

constexpr std::string_view kNodeNames[] = {
#define NODE(Name, Category) #Name,
#include "ast/node_kinds.def"
};

class Dumper {
 public:
  Dumper(const SourceFile& file, std::ostream& out, bool positions)
      : file_(file), out_(out), positions_(positions) {}

  void Node(std::string_view label, const ast::Node* n, int depth);

 private:
  template <typename T>
  void Nodes(std::string_view label, List<T> list, int depth) {
    for (size_t i = 0; i < list.size(); ++i) {
      Node(std::string(label) + "[" + std::to_string(i) + "]", list[i], depth);
    }
  }
  void Header(std::string_view label, const ast::Node* n, int depth);

  const SourceFile& file_;
  std::ostream& out_;
  bool positions_;
};

void Dumper::Header(std::string_view label, const ast::Node* n, int depth) {
  // Indentation from a static run of spaces: no allocation per line, however deep the tree.
  static const std::string kSpaces(4096, ' ');
  for (size_t n = static_cast<size_t>(depth) * 2; n > 0;) {
    size_t chunk = n < kSpaces.size() ? n : kSpaces.size();
    out_.write(kSpaces.data(), static_cast<std::streamsize>(chunk));
    n -= chunk;
  }
  if (!label.empty()) out_ << label << ": ";
  out_ << NameOf(n->kind);
  if (positions_) {
    LineCol lc = file_.LineColAt(file_.OffsetOf(n->pos));
    out_ << ' ' << lc.line << ':' << lc.col;
  }
}

void Dumper::Node(std::string_view label, const ast::Node* n, int depth) {
  if (n == nullptr) return;
  Header(label, n, depth);
  int d = depth + 1;
  switch (n->kind) {
    case NodeKind::BadExpr: case NodeKind::BadStmt: case NodeKind::EmptyStmt:
      out_ << '\n';
      return;
    case NodeKind::Ident:
      out_ << " \"" << static_cast<const Ident*>(n)->name << "\"\n";
      return;
    case NodeKind::BasicLit: {
      auto* lit = static_cast<const BasicLit*>(n);
      out_ << ' ' << lex::GoNameOf(lit->lit_kind) << ' ';
      for (char c : lit->value) {
        if (c == '\n') {
          out_ << "\\n";
        } else if (c == '\r') {
          out_ << "\\r";
        } else {
          out_ << c;
        }
      }
      out_ << '\n';
      return;
    }
    case NodeKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(n);
      out_ << '\n';
      Node("type", c->type, d);
      Nodes("elts", c->elts, d);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(n);
      out_ << '\n';
      Node("key", kv->key, d);
      Node("value", kv->value, d);
      return;
    }
    case NodeKind::FuncLit: {
      auto* f = static_cast<const FuncLit*>(n);
      out_ << '\n';
      Node("type", f->type, d);
      Node("body", f->body, d);
      return;
    }
    case NodeKind::ParenExpr:
      out_ << '\n';
      Node("x", static_cast<const ParenExpr*>(n)->x, d);
      return;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(n);
      out_ << '\n';
      Node("x", s->x, d);
      Node("sel", s->sel, d);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(n);
      out_ << '\n';
      Node("x", ix->x, d);
      Nodes("indices", ix->indices, d);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(n);
      out_ << (s->slice3 ? " slice3\n" : "\n");
      Node("x", s->x, d);
      Node("low", s->low, d);
      Node("high", s->high, d);
      Node("max", s->max, d);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const TypeAssertExpr*>(n);
      out_ << (t->type == nullptr ? " (type)\n" : "\n");
      Node("x", t->x, d);
      Node("type", t->type, d);
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(n);
      out_ << (c->has_dots ? " ...\n" : "\n");
      Node("fun", c->fun, d);
      Nodes("args", c->args, d);
      return;
    }
    case NodeKind::StarExpr:
      out_ << '\n';
      Node("x", static_cast<const StarExpr*>(n)->x, d);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(n);
      out_ << ' ' << lex::SpellingOf(u->op) << '\n';
      Node("x", u->x, d);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(n);
      out_ << ' ' << lex::SpellingOf(b->op) << '\n';
      Node("x", b->x, d);
      Node("y", b->y, d);
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(n);
      out_ << (a->len == nullptr ? " slice\n" : "\n");
      Node("len", a->len, d);
      Node("elem", a->elem, d);
      return;
    }
    case NodeKind::StructType:
      out_ << '\n';
      Nodes("fields", static_cast<const StructType*>(n)->fields, d);
      return;
    case NodeKind::FuncType: {
      auto* f = static_cast<const FuncType*>(n);
      out_ << '\n';
      Nodes("type_params", f->type_params, d);
      Nodes("params", f->params, d);
      Nodes("results", f->results, d);
      return;
    }
    case NodeKind::InterfaceType:
      out_ << '\n';
      Nodes("elems", static_cast<const InterfaceType*>(n)->elems, d);
      return;
    case NodeKind::MapType: {
      auto* m = static_cast<const MapType*>(n);
      out_ << '\n';
      Node("key", m->key, d);
      Node("value", m->value, d);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<const ChanType*>(n);
      out_ << (c->dir == ChanDir::Send ? " send\n" : c->dir == ChanDir::Recv ? " recv\n" : "\n");
      Node("elem", c->elem, d);
      return;
    }
    case NodeKind::Ellipsis:
      out_ << '\n';
      Node("elem", static_cast<const Ellipsis*>(n)->elem, d);
      return;
    case NodeKind::DeclStmt:
      out_ << '\n';
      Node("decl", static_cast<const DeclStmt*>(n)->decl, d);
      return;
    case NodeKind::LabeledStmt: {
      auto* l = static_cast<const LabeledStmt*>(n);
      out_ << '\n';
      Node("label", l->label, d);
      Node("stmt", l->stmt, d);
      return;
    }
    case NodeKind::ExprStmt:
      out_ << '\n';
      Node("x", static_cast<const ExprStmt*>(n)->x, d);
      return;
    case NodeKind::SendStmt: {
      auto* s = static_cast<const SendStmt*>(n);
      out_ << '\n';
      Node("chan", s->chan, d);
      Node("value", s->value, d);
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* s = static_cast<const IncDecStmt*>(n);
      out_ << ' ' << lex::SpellingOf(s->op) << '\n';
      Node("x", s->x, d);
      return;
    }
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(n);
      out_ << ' ' << lex::SpellingOf(a->op) << '\n';
      Nodes("lhs", a->lhs, d);
      Nodes("rhs", a->rhs, d);
      return;
    }
    case NodeKind::GoStmt:
      out_ << '\n';
      Node("call", static_cast<const GoStmt*>(n)->call, d);
      return;
    case NodeKind::DeferStmt:
      out_ << '\n';
      Node("call", static_cast<const DeferStmt*>(n)->call, d);
      return;
    case NodeKind::ReturnStmt:
      out_ << '\n';
      Nodes("results", static_cast<const ReturnStmt*>(n)->results, d);
      return;
    case NodeKind::BranchStmt: {
      auto* b = static_cast<const BranchStmt*>(n);
      out_ << ' ' << lex::SpellingOf(b->op) << '\n';
      Node("label", b->label, d);
      return;
    }
    case NodeKind::BlockStmt:
      out_ << '\n';
      Nodes("stmts", static_cast<const BlockStmt*>(n)->stmts, d);
      return;
    case NodeKind::IfStmt: {
      auto* s = static_cast<const IfStmt*>(n);
      out_ << '\n';
      Node("init", s->init, d);
      Node("cond", s->cond, d);
      Node("then", s->then, d);
      Node("else", s->else_, d);
      return;
    }
    case NodeKind::CaseClause: {
      auto* c = static_cast<const CaseClause*>(n);
      out_ << (c->is_default ? " default\n" : "\n");
      Nodes("list", c->list, d);
      Nodes("body", c->body, d);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* s = static_cast<const SwitchStmt*>(n);
      out_ << '\n';
      Node("init", s->init, d);
      Node("tag", s->tag, d);
      Nodes("body", s->body, d);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* s = static_cast<const TypeSwitchStmt*>(n);
      out_ << '\n';
      Node("init", s->init, d);
      Node("assign", s->assign, d);
      Nodes("body", s->body, d);
      return;
    }
    case NodeKind::CommClause: {
      auto* c = static_cast<const CommClause*>(n);
      out_ << (c->comm == nullptr ? " default\n" : "\n");
      Node("comm", c->comm, d);
      Nodes("body", c->body, d);
      return;
    }
    case NodeKind::SelectStmt:
      out_ << '\n';
      Nodes("body", static_cast<const SelectStmt*>(n)->body, d);
      return;
    case NodeKind::ForStmt: {
      auto* s = static_cast<const ForStmt*>(n);
      out_ << '\n';
      Node("init", s->init, d);
      Node("cond", s->cond, d);
      Node("post", s->post, d);
      Node("body", s->body, d);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* r = static_cast<const RangeStmt*>(n);
      if (r->tok == lex::TokenKind::EndOfFile) {
        out_ << '\n';
      } else {
        out_ << ' ' << lex::SpellingOf(r->tok) << '\n';
      }
      Node("key", r->key, d);
      Node("value", r->value, d);
      Node("x", r->x, d);
      Node("body", r->body, d);
      return;
    }
    case NodeKind::Field: {
      auto* f = static_cast<const Field*>(n);
      out_ << '\n';
      Nodes("names", f->names, d);
      Node("type", f->type, d);
      Node("tag", f->tag, d);
      return;
    }
    case NodeKind::ImportSpec: {
      auto* s = static_cast<const ImportSpec*>(n);
      out_ << '\n';
      Node("name", s->name, d);
      Node("path", s->path, d);
      return;
    }
    case NodeKind::ValueSpec: {
      auto* s = static_cast<const ValueSpec*>(n);
      out_ << '\n';
      Nodes("names", s->names, d);
      Node("type", s->type, d);
      Nodes("values", s->values, d);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* s = static_cast<const TypeSpec*>(n);
      out_ << (s->is_alias ? " alias\n" : "\n");
      Node("name", s->name, d);
      Nodes("type_params", s->type_params, d);
      Node("type", s->type, d);
      return;
    }
    case NodeKind::GenDecl: {
      auto* g = static_cast<const GenDecl*>(n);
      out_ << ' ' << lex::SpellingOf(g->tok) << (g->grouped ? " (group)\n" : "\n");
      Nodes("specs", g->specs, d);
      return;
    }
    case NodeKind::FuncDecl: {
      auto* f = static_cast<const FuncDecl*>(n);
      out_ << '\n';
      Node("recv", f->recv, d);
      Node("name", f->name, d);
      Node("type", f->type, d);
      Node("body", f->body, d);
      return;
    }
    case NodeKind::File: {
      auto* f = static_cast<const File*>(n);
      out_ << '\n';
      Node("package", f->package_name, d);
      Nodes("decls", f->decls, d);
      return;
    }
  }
  out_ << '\n';
}

}  // namespace

auto NameOf(NodeKind kind) -> std::string_view { return kNodeNames[static_cast<size_t>(kind)]; }

void Dump(const File& file, const SourceFile& source, std::ostream& out, bool positions) {
  Dumper(source, out, positions).Node("", &file, 0);
}

}  // namespace gocc::ast
