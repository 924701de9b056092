// libFuzzer's driver, for targets whose `main` is their own (SwiftPM names the entry point of an
// executable target `<Target>_main`, so libFuzzer's `main` is not used).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
