// Native brute-force PDQ radius search: the baseline `bench:match` times the index against.
// Built by the benchmark with the machine's gcc (-O3 -march=native); not part of Backstop.
//
//   pdq-scan HAYSTACK QUERIES RADIUS BLOCK MAX_CPU_SECONDS OUT
//
// HAYSTACK and QUERIES are packed 32-byte hashes. Every query is compared with every hash
// (64-bit XOR + popcount, the second half skipped when the first already exceeds RADIUS), BLOCK
// queries per pass over the haystack, in chunks of 4,096 hashes (128 KiB) that stay in cache. Stops after the block during which MAX_CPU_SECONDS of CPU time were used (0: no limit).
// OUT receives, per query answered, in order: u32 count, then count x (u32 id, u32 distance), ids
// ascending, little-endian. One line on stdout:
//   pdq-scan queries=Q hashes=N radius=R block=B cpu_seconds=C wall_seconds=W matches=M
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHUNK 4096

typedef struct {
  uint32_t *data; // (id, distance) pairs
  size_t count, capacity;
} Matches;

static void die(const char *what) {
  fprintf(stderr, "pdq-scan: %s\n", what);
  exit(2);
}

static uint64_t *load(const char *path, size_t *hashes) {
  FILE *f = fopen(path, "rb");
  if (!f) die("cannot open an input file");
  if (fseek(f, 0, SEEK_END) != 0) die("cannot seek an input file");
  long size = ftell(f);
  if (size < 0 || size % 32 != 0) die("input size is not a multiple of 32 bytes");
  rewind(f);
  void *buffer = NULL;
  if (posix_memalign(&buffer, 64, size > 0 ? (size_t)size : 64) != 0) die("out of memory");
  if (size > 0 && fread(buffer, 1, (size_t)size, f) != (size_t)size) die("short read");
  fclose(f);
  *hashes = (size_t)size / 32;
  return buffer;
}

static double seconds(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void push(Matches *m, uint32_t id, uint32_t distance) {
  if (m->count == m->capacity) {
    m->capacity = m->capacity ? m->capacity * 2 : 16;
    m->data = realloc(m->data, m->capacity * 2 * sizeof(uint32_t));
    if (!m->data) die("out of memory");
  }
  m->data[m->count * 2] = id;
  m->data[m->count * 2 + 1] = distance;
  m->count++;
}

int main(int argc, char **argv) {
  if (argc != 7) die("usage: pdq-scan HAYSTACK QUERIES RADIUS BLOCK MAX_CPU_SECONDS OUT");
  size_t n, q;
  const uint64_t *hay = load(argv[1], &n);
  const uint64_t *queries = load(argv[2], &q);
  const int radius = atoi(argv[3]);
  int block = atoi(argv[4]);
  const double maxCpu = atof(argv[5]);
  if (block < 1) block = 1;
  if (n > UINT32_MAX) die("too many hashes");
  FILE *out = fopen(argv[6], "wb");
  if (!out) die("cannot open the output file");

  Matches *found = calloc((size_t)block, sizeof(Matches));
  if (!found) die("out of memory");
  const double cpu0 = seconds(CLOCK_PROCESS_CPUTIME_ID), wall0 = seconds(CLOCK_MONOTONIC);
  double cpu = 0, writing = 0;
  size_t done = 0, total = 0;
  while (done < q) {
    const size_t b = q - done < (size_t)block ? q - done : (size_t)block;
    for (size_t k = 0; k < b; k++) found[k].count = 0;
    for (size_t start = 0; start < n; start += CHUNK) {
      const size_t end = n - start < CHUNK ? n : start + CHUNK;
      for (size_t k = 0; k < b; k++) {
        const uint64_t *qw = queries + (done + k) * 4;
        const uint64_t q0 = qw[0], q1 = qw[1], q2 = qw[2], q3 = qw[3];
        for (size_t i = start; i < end; i++) {
          const uint64_t *h = hay + i * 4;
          const int half = __builtin_popcountll(h[0] ^ q0) + __builtin_popcountll(h[1] ^ q1);
          if (half > radius) continue; // most pairs: halves the work
          const int d = half + __builtin_popcountll(h[2] ^ q2) + __builtin_popcountll(h[3] ^ q3);
          if (d <= radius) push(&found[k], (uint32_t)i, (uint32_t)d);
        }
      }
    }
    const double w0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    for (size_t k = 0; k < b; k++) {
      const uint32_t count = (uint32_t)found[k].count;
      fwrite(&count, 4, 1, out);
      fwrite(found[k].data, 8, count, out);
      total += count;
    }
    writing += seconds(CLOCK_PROCESS_CPUTIME_ID) - w0;
    done += b;
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0 - writing;
    if (maxCpu > 0 && cpu >= maxCpu) break;
  }
  const double wall = seconds(CLOCK_MONOTONIC) - wall0;
  if (fclose(out) != 0) die("cannot write the output file");
  printf("pdq-scan queries=%zu hashes=%zu radius=%d block=%d cpu_seconds=%.6f wall_seconds=%.6f matches=%zu\n",
         done, n, radius, block, cpu, wall, total);
  return 0;
}
