// Declarations only; the definition comes from libclang_rt.fuzzer (-sanitize=fuzzer).
#include "CFuzzerDriver.h"
