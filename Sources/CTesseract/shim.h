#ifndef QZQD_CTESSERACT_SHIM_H
#define QZQD_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
