// Methods promoted through embedded fields, for method tables and itabs.
#include "ir/build_internal.h"

namespace gocc::ir {

void ProgramBuilder::AddPromotedMethods(const PackageFiles& pkg) { (void)pkg; }

}  // namespace gocc::ir
