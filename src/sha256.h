/* sha256.h: SHA-256, for the fingerprint of the answers printed on every page. */
/* SPDX-License-Identifier: MIT */
#ifndef SHA256_H
#define SHA256_H

#include <stddef.h>

/* Write the lowercase hex digest of len bytes (65 bytes with the NUL) to hex. */
void	sha256_hex(const void *, size_t len, char hex[65]);

#endif /* SHA256_H */
