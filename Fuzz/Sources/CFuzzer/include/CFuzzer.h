#ifndef KUBETUTOR_CFUZZER_H
#define KUBETUTOR_CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt's libclang_rt.fuzzer): parses libFuzzer's flags from argv
/// and fuzzes `callback` until the run ends.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
