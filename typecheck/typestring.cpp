// Types as gc 1.19 (types2) writes them in error messages: `untyped int`, `[]int`, `*T`,
// `map[string]int`, `<-chan int`, `func(x int) (int, error)`, `struct{a int; b string}`,
// `interface{M()}`. Named types of the package being checked are written unqualified.
#include "typecheck/typestring.h"

namespace gocc::types {

namespace {

thread_local std::string_view current_package_path;
thread_local const Type* universe_any = nullptr;

void Write(std::string& out, const Type* t);

void WriteVars(std::string& out, std::span<const Var> vars, bool variadic) {
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i > 0) out += ", ";
    if (!vars[i].name.empty()) {
      out += vars[i].name;
      out += ' ';
    }
    if (variadic && i + 1 == vars.size()) {
      out += "...";
      Write(out, As<Slice>(vars[i].type)->elem);
    } else {
      Write(out, vars[i].type);
    }
  }
}

void WriteSignature(std::string& out, const Signature* sig) {
  out += '(';
  WriteVars(out, sig->params, sig->variadic);
  out += ')';
  if (sig->results.empty()) return;
  out += ' ';
  if (sig->results.size() == 1 && sig->results[0].name.empty()) {
    Write(out, sig->results[0].type);
    return;
  }
  out += '(';
  WriteVars(out, sig->results, false);
  out += ')';
}

void Write(std::string& out, const Type* t) {
  if (t == nullptr) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: {
      const auto* b = static_cast<const Basic*>(t);
      if (b->basic == BasicKind::UnsafePointer) {
        out += "unsafe.Pointer";
      } else {
        out += b->name;
      }
      return;
    }
    case TypeKind::Named: {
      const auto* n = static_cast<const Named*>(t);
      if (!n->pkg_name.empty() && n->pkg_path != current_package_path) {
        out += n->pkg_name;
        out += '.';
      }
      out += n->name;
      return;
    }
    case TypeKind::Pointer:
      out += '*';
      Write(out, static_cast<const Pointer*>(t)->elem);
      return;
    case TypeKind::Array: {
      const auto* a = static_cast<const Array*>(t);
      out += '[';
      out += std::to_string(a->len);
      out += ']';
      Write(out, a->elem);
      return;
    }
    case TypeKind::Slice:
      out += "[]";
      Write(out, static_cast<const Slice*>(t)->elem);
      return;
    case TypeKind::Struct: {
      const auto* s = static_cast<const Struct*>(t);
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i > 0) out += "; ";
        const Var& f = s->fields[i];
        if (!f.embedded) {
          out += f.name;
          out += ' ';
        }
        Write(out, f.type);
        if (!s->tags.empty() && !s->tags[i].empty()) {
          out += ' ';
          out += s->tags[i];
        }
      }
      out += '}';
      return;
    }
    case TypeKind::Map: {
      const auto* m = static_cast<const Map*>(t);
      out += "map[";
      Write(out, m->key);
      out += ']';
      Write(out, m->value);
      return;
    }
    case TypeKind::Chan: {
      const auto* c = static_cast<const Chan*>(t);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      // chan (<-chan int) needs parentheses to keep its meaning.
      const auto* inner = As<Chan>(c->elem);
      bool paren = c->dir == ChanDir::Both && inner != nullptr && inner->dir == ChanDir::Recv;
      if (paren) out += '(';
      Write(out, c->elem);
      if (paren) out += ')';
      return;
    }
    case TypeKind::Signature:
      out += "func";
      WriteSignature(out, static_cast<const Signature*>(t));
      return;
    case TypeKind::Interface: {
      if (t == universe_any) {
        out += "any";
        return;
      }
      const auto* iface = static_cast<const Interface*>(t);
      out += "interface{";
      bool first = true;
      for (const Type* e : iface->embeddeds) {
        if (!first) out += "; ";
        first = false;
        Write(out, e);
      }
      for (const Method& m : iface->methods) {
        if (!first) out += "; ";
        first = false;
        out += m.name;
        WriteSignature(out, m.type);
      }
      out += '}';
      return;
    }
    case TypeKind::Tuple:
      out += '(';
      WriteVars(out, static_cast<const Tuple*>(t)->vars, false);
      out += ')';
      return;
  }
}

}  // namespace

void SetTypeStringPackage(std::string_view path) { current_package_path = path; }
void SetTypeStringAny(const Type* any) { universe_any = any; }
auto TypeStringPackage() -> std::string_view { return current_package_path; }

void AppendTypeString(std::string& out, const Type* t) { Write(out, t); }

auto TypeString(const Type* t) -> std::string {
  std::string out;
  Write(out, t);
  return out;
}

}  // namespace gocc::types
