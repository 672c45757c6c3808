#ifndef QZQD_CPOPPLER_SHIM_H
#define QZQD_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#endif
