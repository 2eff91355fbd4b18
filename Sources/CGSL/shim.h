/* GSL's own inline definitions (gsl_rng_get, gsl_rng_uniform_int, ...): the same code, without a
   call into the shared library for every random number. */
#define HAVE_INLINE 1
#include <stdint.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>

/* gsl_rng_mt19937 is a mutable global to Swift 6; read it through a function. */
static inline const gsl_rng_type *framing_rng_mt19937(void) { return gsl_rng_mt19937; }

/* Fisher–Yates over items[0..<count] with exactly the draws of gsl_rng_uniform_int(r, i + 1),
   for i from count − 1 down to 1, as GSL makes them: k = (get() − min) / scale until k < n. The
   scale of each n comes from scales[n] ((max − min) / n, computed once per test), and the
   division is 32-bit: one narrow division per draw instead of two wide ones. Only for
   generators whose max − min fits 32 bits (mt19937). */
static inline void framing_shuffle(const gsl_rng *r, long *items, size_t count,
                                   const uint32_t *scales) {
  const gsl_rng_type *type = r->type;
  const unsigned long offset = type->min;
  for (size_t i = count - 1; i > 0; i--) {
    const uint32_t n = (uint32_t)(i + 1), scale = scales[i + 1];
    uint32_t k;
    do {
      k = (uint32_t)(type->get(r->state) - offset) / scale;
    } while (k >= n);
    const long t = items[i];
    items[i] = items[k];
    items[k] = t;
  }
}
