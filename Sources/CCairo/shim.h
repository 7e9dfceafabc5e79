#ifndef CCAIRO_SHIM_H
#define CCAIRO_SHIM_H
// The cairo API the backend uses: the core, the PDF and SVG surfaces, and
// FreeType font faces so that the DejaVu font file is chosen explicitly; and zlib
// (already loaded with cairo's PNG support), which the backend's PNG encoder
// compresses with at a level it chooses.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>
#endif
