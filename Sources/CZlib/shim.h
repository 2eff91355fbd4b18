#include <zlib.h>

/* inflateInit2 is a macro; Swift cannot call it. windowBits 15 + 32: zlib or gzip header. */
static inline int framing_inflate_init(z_stream *stream) {
  return inflateInit2(stream, 15 + 32);
}
