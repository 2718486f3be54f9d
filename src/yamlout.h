/* yamlout.h: writing YAML with libyaml's emitter, one call per node. */
/* SPDX-License-Identifier: MIT */
#ifndef YAMLOUT_H
#define YAMLOUT_H

#include <stdio.h>

struct yamlout;

/* Start a stream and a document on f; never fails (errors surface at end). */
struct yamlout	*yamlout_new(FILE *f);
/* End the document and stream and free; returns 0, or -1 with *cause. */
int		 yamlout_end(struct yamlout *, char **cause);

void		 yamlout_map(struct yamlout *, int flow);
void		 yamlout_seq(struct yamlout *, int flow);
void		 yamlout_close_map(struct yamlout *);
void		 yamlout_close_seq(struct yamlout *);
/* A string scalar; quoted when it would otherwise read as another type. */
void		 yamlout_str(struct yamlout *, const char *);
/* A plain scalar such as true, false or a number. */
void		 yamlout_plain(struct yamlout *, const char *);
/* A key and a string value. */
void		 yamlout_pair(struct yamlout *, const char *key, const char *);

#endif /* YAMLOUT_H */
