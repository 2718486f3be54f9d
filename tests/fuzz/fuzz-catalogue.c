/* fuzz-catalogue.c: fuzz harness for the catalogue loader: any bytes as catalogue.yaml; what loads must emit and load back the same. */
/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "fuzz.h"

/* Emit cat (one category when only is set) into memory; the caller frees. */
static char *
fuzz_emit(const struct catalogue *cat, const char *only, size_t *len)
{
	FILE	*f;
	char	*buf = NULL, *cause = NULL;

	f = open_memstream(&buf, len);
	FUZZ_ASSERT(f != NULL);
	if (catalogue_emit(cat, only, f, &cause) != 0) {
		fprintf(stderr, "emit: %s\n", cause);
		FUZZ_FAIL("a loaded catalogue emits");
	}
	FUZZ_ASSERT(fclose(f) == 0);
	return buf;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct catalogue	*cat, *again;
	char			*cause = NULL, *out, *out2;
	size_t			 len, len2;

	if (catalogue_load_buffer("fuzz.yaml", data, size, &cat,
	    &cause) != 0) {
		/* Every refusal says where and why. */
		FUZZ_ASSERT(cause != NULL && strncmp(cause, "fuzz.yaml:", 10) == 0);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(cause == NULL && cat->ncategories > 0);

	/* What the loader accepts, the emitter writes so that it loads again. */
	out = fuzz_emit(cat, NULL, &len);
	if (catalogue_load_buffer("emitted.yaml", out, len, &again,
	    &cause) != 0) {
		fprintf(stderr, "reload: %s\n", cause);
		FUZZ_FAIL("an emitted catalogue loads");
	}
	out2 = fuzz_emit(again, NULL, &len2);
	FUZZ_ASSERT(len == len2 && memcmp(out, out2, len) == 0);
	free(out2);
	catalogue_free(again);
	free(out);

	/* One category alone is a catalogue too. */
	out = fuzz_emit(cat, cat->categories[0].id, &len);
	if (catalogue_load_buffer("one.yaml", out, len, &again, &cause) != 0) {
		fprintf(stderr, "reload one: %s\n", cause);
		FUZZ_FAIL("one emitted category loads");
	}
	FUZZ_ASSERT(again->ncategories == 1);
	catalogue_free(again);
	free(out);

	catalogue_free(cat);
	return 0;
}
