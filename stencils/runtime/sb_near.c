// Room for generated code within rel32 reach (±2 GB) of this library, so that a JIT's calls and
// loads of runtime symbols can be direct.
//
// Searching the process's free address space near the library fails in a busy process (.NET's
// reservations and glibc's per-thread malloc arenas fill the ±2 GB around it), so the library
// reserves the room itself: a zero-filled region in its own .bss, which the loader places beside
// its code. A code view is mapped over a run of its chunks (MAP_FIXED: the pages are this
// library's own, and nothing else may be mapped there); giving the run back puts reserved,
// inaccessible pages in its place. The chunk map is process-wide, as the region is.
#include "sb_object.h"

#include <stdatomic.h>
#include <stdint.h>
#include <sys/mman.h>

#define SB_NEAR_CHUNK (64 << 10)
#define SB_NEAR_CHUNKS 512 // 32 MB

static char sb_near_region[SB_NEAR_CHUNKS * SB_NEAR_CHUNK] __attribute__((aligned(SB_NEAR_CHUNK)));
static unsigned char sb_near_used[SB_NEAR_CHUNKS];
static atomic_flag sb_near_lock = ATOMIC_FLAG_INIT;

static void sb_near_acquire(void) {
    while (atomic_flag_test_and_set_explicit(&sb_near_lock, memory_order_acquire)) {
    }
}

static void sb_near_release(void) { atomic_flag_clear_explicit(&sb_near_lock, memory_order_release); }

static int64_t sb_near_chunks(int64_t size) { return (size + SB_NEAR_CHUNK - 1) / SB_NEAR_CHUNK; }

// Maps `size` bytes of the memory file `fd` with protection `prot` (shared) over free chunks of
// the region; NULL when no run of free chunks is long enough or the mmap fails.
SB_EXPORT void *sb_near_map_file(int fd, int64_t size, int prot) {
    int64_t need = sb_near_chunks(size);
    if (size <= 0 || need > SB_NEAR_CHUNKS) return NULL;
    void *result = NULL;
    sb_near_acquire();
    for (int64_t start = 0, run = 0; start + run < SB_NEAR_CHUNKS && result == NULL;) {
        if (sb_near_used[start + run]) {
            start += run + 1;
            run = 0;
        } else if (++run == need) {
            char *at = sb_near_region + start * SB_NEAR_CHUNK;
            void *p = mmap(at, (size_t)size, prot, MAP_SHARED | MAP_FIXED, fd, 0);
            if (p == MAP_FAILED) break;
            for (int64_t i = 0; i < need; i++) sb_near_used[start + i] = 1;
            result = p;
        }
    }
    sb_near_release();
    return result;
}

// Gives back a view sb_near_map_file made: its pages become reserved and inaccessible again.
// Returns 0, or -1 when `at` is not in the region (the caller unmaps such a view itself).
SB_EXPORT int sb_near_unmap(void *at, int64_t size) {
    char *p = (char *)at;
    if (p < sb_near_region || p >= sb_near_region + sizeof sb_near_region) return -1;
    int64_t first = (p - sb_near_region) / SB_NEAR_CHUNK;
    int64_t count = sb_near_chunks(size);
    sb_near_acquire();
    mmap(p, (size_t)(count * SB_NEAR_CHUNK), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    for (int64_t i = 0; i < count; i++) sb_near_used[first + i] = 0;
    sb_near_release();
    return 0;
}

// Where the region is and how large (for tests and notes).
SB_EXPORT void *sb_near_room(int64_t *size) {
    *size = (int64_t)sizeof sb_near_region;
    return sb_near_region;
}
