/* GSL's own inline definitions (gsl_rng_get, gsl_rng_uniform_int, ...): the same code, without a
   call into the shared library for every random number. */
#define HAVE_INLINE 1
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
