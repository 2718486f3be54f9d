/* maxdeflate.h: what a PDF would weigh with every stream at libdeflate's maximum level. */
/* SPDX-License-Identifier: MIT */
#ifndef MAXDEFLATE_H
#define MAXDEFLATE_H

#include <stddef.h>

/*
 * Read the PDF at path and set *size to its size and *maxsize to its size
 * with each FlateDecode stream (the font programs are nearly all of it)
 * inflated and deflated again at libdeflate's level 12, the same content
 * compressed as tightly as libdeflate can.  Returns 0, or -1 with a
 * message on stderr.
 */
int	maxdeflate_size(const char *path, size_t *size, size_t *maxsize);

#endif /* MAXDEFLATE_H */
