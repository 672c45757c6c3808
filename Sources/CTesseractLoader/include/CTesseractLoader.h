#ifndef QZQD_CTESSERACT_LOADER_H
#define QZQD_CTESSERACT_LOADER_H

/// Loads Tesseract and Leptonica (once; safe from any thread). 0 when they
/// are ready, -1 when not: `qzqd_ocr_libraries_error` says why.
int qzqd_ocr_libraries_load(void);

/// Why the libraries could not be loaded (a library's or a function's name
/// and the loader's message); NULL after a successful load.
const char *qzqd_ocr_libraries_error(void);

#endif
