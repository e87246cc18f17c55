// Labels and branch statements (spec "Labeled statements", "Break/Continue/Goto/Fallthrough
// statements"), with gc's messages (gc checks these in its parser, cmd/compile/internal/syntax
// branches.go; gocc does it per function body, before the statements are typed).
//
// One walk over the body keeps the stack of enclosing breakable statements (with their labels)
// and the path of blocks. A goto is resolved once the whole body has been seen: its label must be
// in the goto's block or an enclosing one, and a forward jump may not skip a variable
// declaration of the label's block.
#include <string>
#include <unordered_map>
#include <vector>

#include "typecheck/check.h"

namespace gocc::types {

namespace {

struct LabelInfo {
  const ast::LabeledStmt* stmt;
  std::vector<int> blocks;  // the path of block ids the label is in
  size_t index_in_block;    // position among its block's statements
  bool used = false;
};

struct PendingBranch {
  const ast::BranchStmt* stmt;  // a labelled break/continue whose label encloses nothing
};

struct Target {
  const ast::Stmt* stmt;
  std::string_view label;  // "" if unlabelled
  bool is_loop;
};

struct Goto {
  const ast::BranchStmt* stmt;
  std::vector<int> blocks;
  size_t index_in_block;  // position among the statements of its block
};

class BranchChecker {
 public:
  BranchChecker(Diagnostics& diags) : diags_(diags) {}

  void Body(const ast::BlockStmt* body) {
    Block(body->stmts, body->pos);
    for (const Goto& g : gotos_) ResolveGoto(g);
    for (const PendingBranch& p : pending_) ResolveBranch(p);
    for (const LabelInfo& l : labels_) {
      if (!l.used) Error(l.stmt->label->pos, "label " + std::string(l.stmt->label->name) + " defined and not used");
    }
  }

 private:
  void Error(Pos pos, std::string msg) { diags_.Report(pos, DiagKind::NonSyntax, msg); }

  auto FindLabel(std::string_view name) -> LabelInfo* {
    for (LabelInfo& l : labels_) {
      if (l.stmt->label->name == name) return &l;
    }
    return nullptr;
  }

  // A block or a case clause's statements. For a clause, fallthrough_ok tells whether it may
  // fall through (not the final case; never in a type switch).
  void Block(ast::List<ast::Stmt> stmts, Pos start, const bool* fallthrough_ok = nullptr) {
    int id = next_block_++;
    blocks_.push_back(BlockInfo{start, stmts});
    block_path_.push_back(id);
    index_path_.push_back(0);
    for (size_t i = 0; i < stmts.size(); ++i) {
      index_ = i;
      index_path_.back() = i;
      Stmt(stmts[i], i + 1 == stmts.size(), fallthrough_ok);
    }
    index_path_.pop_back();
    block_path_.pop_back();
  }

  // last: the statement is the last of a case clause (for fallthrough); fallthrough_ok tells
  // whether that clause may fall through (not the final case of an expression switch).
  void Stmt(const ast::Stmt* s, bool last, const bool* fallthrough_ok) {
    switch (s->kind) {
      case ast::NodeKind::LabeledStmt: {
        const auto* l = static_cast<const ast::LabeledStmt*>(s);
        if (l->label->name != "_") {
          if (LabelInfo* other = FindLabel(l->label->name)) {
            Error(l->label->pos, "label " + std::string(l->label->name) + " already defined at " +
                                     diags_.FormatPos(other->stmt->label->pos));
          } else {
            labels_.push_back(LabelInfo{l, block_path_, index_, false});
          }
        }
        pending_label_ = l->label->name;
        Stmt(l->stmt, last, fallthrough_ok);
        return;
      }
      case ast::NodeKind::BlockStmt: {
        const auto* b = static_cast<const ast::BlockStmt*>(s);
        pending_label_ = {};
        Block(b->stmts, b->pos);
        return;
      }
      case ast::NodeKind::IfStmt: {
        const auto* i = static_cast<const ast::IfStmt*>(s);
        pending_label_ = {};
        Block(i->then->stmts, i->then->pos);
        if (i->else_ != nullptr) Stmt(i->else_, false, nullptr);
        return;
      }
      case ast::NodeKind::ForStmt: case ast::NodeKind::RangeStmt: {
        const ast::BlockStmt* body = s->kind == ast::NodeKind::ForStmt
                                         ? static_cast<const ast::ForStmt*>(s)->body
                                         : static_cast<const ast::RangeStmt*>(s)->body;
        targets_.push_back(Target{s, pending_label_, true});
        pending_label_ = {};
        Block(body->stmts, body->pos);
        targets_.pop_back();
        return;
      }
      case ast::NodeKind::SwitchStmt: case ast::NodeKind::TypeSwitchStmt: {
        bool type_switch = s->kind == ast::NodeKind::TypeSwitchStmt;
        ast::List<ast::CaseClause> clauses = type_switch
                                                 ? static_cast<const ast::TypeSwitchStmt*>(s)->body
                                                 : static_cast<const ast::SwitchStmt*>(s)->body;
        targets_.push_back(Target{s, pending_label_, false});
        pending_label_ = {};
        for (size_t c = 0; c < clauses.size(); ++c) {
          // In a type switch fallthrough is never allowed; otherwise not in the final clause.
          bool ok = !type_switch && c + 1 < clauses.size();
          Block(clauses[c]->body, clauses[c]->pos, &ok);
        }
        targets_.pop_back();
        return;
      }
      case ast::NodeKind::SelectStmt: {
        targets_.push_back(Target{s, pending_label_, false});
        pending_label_ = {};
        for (const ast::CommClause* c : static_cast<const ast::SelectStmt*>(s)->body) {
          Block(c->body, c->pos);
        }
        targets_.pop_back();
        return;
      }
      case ast::NodeKind::BranchStmt:
        Branch(static_cast<const ast::BranchStmt*>(s), last, fallthrough_ok);
        pending_label_ = {};
        return;
      default:
        pending_label_ = {};
        return;
    }
  }

  void Branch(const ast::BranchStmt* b, bool last, const bool* fallthrough_ok) {
    std::string_view name = b->label != nullptr ? b->label->name : std::string_view();
    switch (b->op) {
      case lex::TokenKind::Break:
      case lex::TokenKind::Continue: {
        bool is_break = b->op == lex::TokenKind::Break;
        if (b->label == nullptr) {
          for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
            if (is_break || it->is_loop) return;
          }
          Error(b->pos, is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
          return;
        }
        LabelInfo* label = FindLabel(name);
        if (label != nullptr) label->used = true;
        for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
          if (it->label == name) {
            if (!is_break && !it->is_loop) {
              Error(b->label->pos, "invalid continue label " + std::string(name));
            }
            return;
          }
        }
        pending_.push_back(PendingBranch{b});  // resolved when all labels are known
        return;
      }
      case lex::TokenKind::Goto:
        gotos_.push_back(Goto{b, block_path_, index_});
        outer_index_[b] = index_path_;
        return;
      case lex::TokenKind::Fallthrough:
        if (fallthrough_ok == nullptr || !last) {
          Error(b->pos, "fallthrough statement out of place");
        } else if (!*fallthrough_ok) {
          Error(b->pos, targets_.empty() || targets_.back().stmt->kind != ast::NodeKind::TypeSwitchStmt
                            ? "cannot fallthrough final case in switch"
                            : "cannot fallthrough in type switch");
        }
        return;
      default:
        return;
    }
  }

  // A labelled break/continue whose label encloses it: the label may be defined elsewhere in the
  // function (invalid label) or nowhere (not defined).
  void ResolveBranch(const PendingBranch& p) {
    bool is_break = p.stmt->op == lex::TokenKind::Break;
    std::string name(p.stmt->label->name);
    if (LabelInfo* label = FindLabel(name)) {
      label->used = true;
      Error(p.stmt->label->pos, std::string(is_break ? "invalid break label " : "invalid continue label ") + name);
    } else {
      Error(p.stmt->label->pos, std::string(is_break ? "break" : "continue") + " label not defined: " + name);
    }
  }

  void ResolveGoto(const Goto& g) {
    LabelInfo* label = FindLabel(g.stmt->label->name);
    if (label == nullptr) {
      Error(g.stmt->label->pos, "label " + std::string(g.stmt->label->name) + " not defined");
      return;
    }
    label->used = true;
    // The label's block path must be a prefix of the goto's.
    const std::vector<int>& lp = label->blocks;
    size_t common = 0;
    while (common < lp.size() && common < g.blocks.size() && lp[common] == g.blocks[common]) ++common;
    if (common < lp.size()) {
      Error(g.stmt->label->pos, "goto " + std::string(g.stmt->label->name) +
                                    " jumps into block starting at " +
                                    diags_.FormatPos(blocks_[static_cast<size_t>(lp[common])].start));
      return;
    }
    // A forward jump within the label's block may not skip a variable declaration.
    const BlockInfo& block = blocks_[static_cast<size_t>(lp.back())];
    size_t from = lp.size() == g.blocks.size() ? g.index_in_block : OuterIndex(g, lp.size() - 1);
    for (size_t i = from + 1; i < label->index_in_block && i < block.stmts.size(); ++i) {
      if (const ast::Ident* v = DeclaredVar(block.stmts[i])) {
        Error(g.stmt->label->pos, "goto " + std::string(g.stmt->label->name) + " jumps over declaration of " +
                                      std::string(v->name) + " at " + diags_.FormatPos(v->pos));
        return;
      }
    }
  }

  // The index, in the block at depth `depth` of the goto's path, of the statement containing it.
  auto OuterIndex(const Goto& g, size_t depth) -> size_t {
    auto it = outer_index_.find(g.stmt);
    return it != outer_index_.end() && depth < it->second.size() ? it->second[depth] : 0;
  }

  static auto DeclaredVar(const ast::Stmt* s) -> const ast::Ident* {
    if (const auto* a = s->As<ast::AssignStmt>(); a && a->op == lex::TokenKind::Define) {
      return a->lhs[0]->As<ast::Ident>();
    }
    if (const auto* d = s->As<ast::DeclStmt>(); d && d->decl->tok == lex::TokenKind::Var) {
      const auto* spec = d->decl->specs.empty() ? nullptr : d->decl->specs[0]->As<ast::ValueSpec>();
      return spec != nullptr ? spec->names[0] : nullptr;
    }
    return nullptr;
  }

  struct BlockInfo {
    Pos start;
    ast::List<ast::Stmt> stmts;
  };

  Diagnostics& diags_;
  std::vector<LabelInfo> labels_;
  std::vector<Target> targets_;
  std::vector<Goto> gotos_;
  std::vector<PendingBranch> pending_;
  std::vector<BlockInfo> blocks_;  // by block id
  std::vector<int> block_path_;
  std::vector<size_t> index_path_;  // the statement index at each level of block_path_
  std::unordered_map<const ast::BranchStmt*, std::vector<size_t>> outer_index_;
  std::string_view pending_label_;
  size_t index_ = 0;
  int next_block_ = 0;
};

}  // namespace

void Checker::CheckBranches(const ast::BlockStmt* body) { BranchChecker(diags_).Body(body); }

}  // namespace gocc::types
