/* fuzz.h: the entry point every fuzz harness defines, for libFuzzer and for the corpus replay driver. */
/* SPDX-License-Identifier: MIT */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

/*
 * Run one input through the code under test.  Returns 0; a bug shows as a
 * crash, a sanitizer report or an abort from a broken invariant.
 */
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct answers;
struct catalogue;
struct font;
struct resolution;

/* fuzz-data.c: the data folder as the program finds it in the build tree. */
const char	*fuzz_datadir(void);
/* Its catalogue.yaml alone; who names the harness if it cannot be read. */
struct catalogue *fuzz_catalogue(const char *who);
/*
 * Make both documents of a complete resolution, and set them in type when
 * there is a font, short of writing the PDF; fp is the answers' fingerprint.
 */
void		 fuzz_typeset(const struct catalogue *, const struct answers *,
		    const struct resolution *, const struct font *,
		    const char *fp);

/* Stop on a broken invariant, naming it, so that libFuzzer saves the input. */
#define FUZZ_FAIL(what) do {						\
	fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,	\
	    __LINE__, (what));						\
	abort();							\
} while (0)
#define FUZZ_ASSERT(cond) do {						\
	if (!(cond))							\
		FUZZ_FAIL(#cond);					\
} while (0)

#endif /* FUZZ_H */
