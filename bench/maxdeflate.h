/* maxdeflate.h: what a PDF would weigh with its font programs, or every stream, at libdeflate's maximum level. */
/* SPDX-License-Identifier: MIT */
#ifndef MAXDEFLATE_H
#define MAXDEFLATE_H

#include <stddef.h>

/*
 * Read the PDF at path and set *size to its size, *fontmax to its size
 * with each font program (a stream with /Length1) inflated and deflated
 * again at libdeflate's level 12, and *maxsize to its size with every
 * FlateDecode stream so: the same content with its font programs, or with
 * everything, compressed as tightly as libdeflate can.  Returns 0, or -1
 * with a message on stderr.
 */
int	maxdeflate_size(const char *path, size_t *size, size_t *fontmax,
	    size_t *maxsize);

#endif /* MAXDEFLATE_H */
