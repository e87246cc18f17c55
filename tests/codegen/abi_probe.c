/* Compiles runtime/goccrt.h and reports the sizes codegen/abi.h hardcodes. */
#include <stddef.h>

#include "runtime/goccrt.h"

long gocc_probe_frame_size(void) { return (long)sizeof(gocc_frame); }
long gocc_probe_frame_jb(void) { return (long)offsetof(gocc_frame, jb); }
long gocc_probe_mapiter_size(void) { return (long)sizeof(gocc_mapiter); }
long gocc_probe_mapiter_elem(void) { return (long)offsetof(gocc_mapiter, elem); }
long gocc_probe_itab_fun(void) { return (long)offsetof(gocc_itab, fun); }
long gocc_probe_type_size(void) { return (long)sizeof(gocc_type); }
