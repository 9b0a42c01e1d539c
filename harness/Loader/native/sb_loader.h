// The loader's pieces, shared by its two files: the token reader (sb_loader.c) and the value codec
// (sb_loader_values.c).
#ifndef SB_LOADER_H
#define SB_LOADER_H

#include <stdio.h>
#include "sb_object.h"

// The most items one sequence of the protocol may hold (the trace files' own limit is lower).
#define SB_LOADER_MAX_ITEMS (1 << 24)

// One request line, cut into whitespace-separated tokens in place.
typedef struct {
    char *line;
    char *cursor;
    long number; // the request's line number, for messages
} SbLoaderInput;

// Every reader stops the loader with one line naming the request and what was wrong (exit 2).
__attribute__((noreturn)) void sb_loader_fail(SbLoaderInput *in, const char *what);
const char *sb_loader_token(SbLoaderInput *in, const char *what);
const char *sb_loader_peek(SbLoaderInput *in);
int64_t sb_loader_int(SbLoaderInput *in, const char *what);
uint64_t sb_loader_hex(SbLoaderInput *in, const char *what);
int64_t sb_loader_parse_int(SbLoaderInput *in, const char *text, const char *what);
uint64_t sb_loader_parse_hex(SbLoaderInput *in, const char *text, const char *what);

// A new reference to the value the next tokens spell.
SbObject *sb_loader_read_value(SbLoaderInput *in, SbThreadState *ts, int depth);
// Writes " <tokens>" for o; -1 when it nests too deep or holds an unknown kind.
int sb_loader_write_value(FILE *out, SbObject *o);

#endif
