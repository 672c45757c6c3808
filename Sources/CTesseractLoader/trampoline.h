#ifndef QZQD_TRAMPOLINE_H
#define QZQD_TRAMPOLINE_H
#include <dlfcn.h>
#include <stddef.h>
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#include "CTesseractLoader.h"

/// Loads the libraries on the first call (tests call Leptonica directly);
/// a program that calls a trampoline after `qzqd_ocr_libraries_load` failed
/// is told why and stopped, never left to jump to nowhere.
void qzqd_ocr_libraries_require(void);

/// `name` with its header's name and type, hidden, calling the library's own.
#define TRAMPOLINE(library, name, result, parameters, call) \
    static __typeof__(&name) name##_pointer; \
    __attribute__((visibility("hidden"))) result name parameters { \
        qzqd_ocr_libraries_require(); \
        call \
    }

/// Finds `name` in `library`'s handle; a name it lacks ends the filling.
#define FILL(library, name) \
    if (!(name##_pointer = (__typeof__(&name)) dlsym(library, #name))) return #name

/// Every trampoline's pointer from the two handles; NULL when all were
/// found, else the name of the first missing (trampolines.c).
const char *qzqd_fill_trampolines(void *tesseract, void *leptonica);

#endif
