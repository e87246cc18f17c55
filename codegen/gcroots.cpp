// Package variables as garbage-collector roots (runtime/gc.c, docs/gc.md).
//
// Every package variable whose type can hold a pointer gets an entry {address, type descriptor}
// in a table placed in the section "gocc_gcroots". The linker concatenates the tables of every
// object file and defines __start_gocc_gcroots / __stop_gocc_gcroots around them; the collector
// walks that range in each cycle and scans every variable precisely with its descriptor's gcdata
// (one bit per word of ptrdata). Variables without pointers are left out, so a program whose
// globals are all numbers scans nothing. The table is writable data (its entries carry
// relocations, which position-independent executables may not have in read-only sections) and
// listed in llvm.used so no optimisation drops it.
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include "codegen/lower.h"

namespace gocc::codegen {

void ModuleLowering::EmitGcRoots() {
  auto* entry_type = llvm::StructType::get(ctx_, {types_->ptr, types_->ptr});
  std::vector<llvm::Constant*> entries;
  for (const ir::GlobalVar* g : program_.globals()) {
    if (!HasPointers(g->type) || types_->Size(g->type) == 0) continue;
    entries.push_back(llvm::ConstantStruct::get(entry_type, {GlobalFor(g), TypeDescriptor(g->type)}));
  }
  if (entries.empty()) return;
  auto* array_type = llvm::ArrayType::get(entry_type, entries.size());
  auto* table = new llvm::GlobalVariable(module_, array_type, false, llvm::GlobalValue::InternalLinkage,
                                         llvm::ConstantArray::get(array_type, entries), "gocc.gcroots");
  table->setSection("gocc_gcroots");
  table->setAlignment(llvm::Align(8));
  llvm::appendToUsed(module_, {table});
}

}  // namespace gocc::codegen
