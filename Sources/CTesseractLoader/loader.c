// Tesseract and Leptonica are opened when a page first needs OCR, not when
// qzqd starts: linked in, Tesseract brings 40 libraries (curl, gnutls, krb5,
// archive, image codecs) whose loading cost every start of qzqd and of every
// batch worker 8-9 ms, for text PDFs and exports that never recognize a page.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include "trampoline.h"

// The sonames of Debian's and Ubuntu's packages (libtesseract5, liblept5;
// Leptonica 1.83 renamed its library libleptonica.so.6).
static const char *const leptonicaNames[] = {"liblept.so.5", "libleptonica.so.6"};
static const char *const tesseractNames[] = {"libtesseract.so.5"};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_bool loaded;
static char error[512];

static void *openFirst(const char *const *names, size_t count) {
    for (size_t index = 0; index < count; index++) {
        // RTLD_GLOBAL: OpenMPThreads finds Tesseract's OpenMP runtime among
        // the process's symbols. The trampolines are hidden: no clash.
        void *handle = dlopen(names[index], RTLD_NOW | RTLD_GLOBAL);
        if (handle) return handle;
        snprintf(error, sizeof error, "%s", dlerror());
    }
    return NULL;
}

static void load(void) {
    // Leptonica first: Tesseract's own references to it bind as it loads.
    void *leptonica = openFirst(leptonicaNames, sizeof leptonicaNames / sizeof *leptonicaNames);
    if (!leptonica) return;
    void *tesseract = openFirst(tesseractNames, sizeof tesseractNames / sizeof *tesseractNames);
    if (!tesseract) return;
    const char *missing = qzqd_fill_trampolines(tesseract, leptonica);
    if (missing) {
        snprintf(error, sizeof error, "%s is not in the installed Tesseract or Leptonica", missing);
        return;
    }
    error[0] = 0;
    atomic_store(&loaded, 1);
}

int qzqd_ocr_libraries_load(void) {
    pthread_once(&once, load);
    return atomic_load(&loaded) ? 0 : -1;
}

const char *qzqd_ocr_libraries_error(void) {
    return atomic_load(&loaded) ? NULL : error;
}

void qzqd_ocr_libraries_require(void) {
    if (atomic_load_explicit(&loaded, memory_order_acquire)) return;
    if (qzqd_ocr_libraries_load() != 0) {
        fprintf(stderr, "qzqd: Tesseract could not be loaded: %s\n", error);
        abort();
    }
}
