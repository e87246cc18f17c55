/* chan_select.c — the select statement (gc's selectgo, single-threaded).
 *
 * Codegen passes the cases in source order as gocc_scase {chan, elem, dir} (dir 1 = send, elem
 * points to the value; dir 0 = receive, elem is where the value goes) without the default
 * case, and whether to block (no default). gocc_selectgo returns {chosen case index or -1 for
 * default, recvOK}.
 *
 * 1. A random permutation of the cases (Fisher-Yates with fastrand) is the poll order, so every
 *    ready case is equally likely to be chosen; cases on nil channels never become ready.
 * 2. The first ready case in poll order fires: a send to a closed channel panics, a send to a
 *    waiting receiver or into buffer space succeeds, a receive from a waiting sender, a
 *    non-empty buffer or a closed channel succeeds.
 * 3. Nothing ready and a default: -1. Otherwise a sudog per case is queued on its channel, the
 *    goroutine parks, and the first operation that dequeues one of them (chan.c marks the
 *    goroutine select_done) completes that case and wakes it; the other sudogs are unlinked. */
#include "runtime/sched.h"

gocc_sudog* gocc_waitq_dequeue(gocc_waitq* q);
void gocc_waitq_enqueue(gocc_waitq* q, gocc_sudog* s);
void gocc_waitq_remove(gocc_waitq* q, gocc_sudog* s);
bool gocc_chansend(gocc_hchan* c, const void* ep, bool block);
gocc_pair gocc_chanrecv(gocc_hchan* c, void* ep, bool block);

typedef struct gocc_scase {
  gocc_hchan* c;
  void* elem;
  int64_t dir; /* 1 send, 0 receive */
} gocc_scase;

static bool send_ready(gocc_hchan* c) {
  if (c->closed || c->qcount < c->dataqsiz) return true;
  for (gocc_sudog* s = c->recvq.first; s; s = s->next) {
    if (!s->is_select || !s->g->select_done) return true;
  }
  return false;
}

static bool recv_ready(gocc_hchan* c) {
  if (c->closed || c->qcount > 0) return true;
  for (gocc_sudog* s = c->sendq.first; s; s = s->next) {
    if (!s->is_select || !s->g->select_done) return true;
  }
  return false;
}

void gocc_block(void) {
  gocc_park(GOCC_WAIT_SELECT_NO_CASES);
  gocc_throw("unreachable");
}

gocc_pair gocc_selectgo(gocc_scase* cases, int64_t ncases, bool block) {
  enum { SMALL = 16 };
  uint16_t order_small[SMALL];
  uint16_t* order = ncases <= SMALL ? order_small : gocc_alloc_noscan((uint64_t)ncases * sizeof(uint16_t));
  int64_t n = 0;
  for (int64_t i = 0; i < ncases; i++) {
    if (cases[i].c == NULL) continue;
    int64_t j = n == 0 ? 0 : (int64_t)(gocc_fastrand() % (uint32_t)(n + 1));
    order[n] = order[j];
    order[j] = (uint16_t)i;
    n++;
  }
  for (int64_t k = 0; k < n; k++) {
    gocc_scase* sc = &cases[order[k]];
    if (sc->dir) {
      if (send_ready(sc->c)) {
        gocc_chansend(sc->c, sc->elem, true); /* panics when closed; never blocks here */
        return (gocc_pair){order[k], 0};
      }
    } else if (recv_ready(sc->c)) {
      gocc_pair r = gocc_chanrecv(sc->c, sc->elem, true);
      return (gocc_pair){order[k], r.b};
    }
  }
  if (!block) return (gocc_pair){-1, 0};
  if (n == 0) {
    gocc_park(GOCC_WAIT_SELECT);
    gocc_throw("unreachable");
  }
  gocc_sudog small[SMALL];
  gocc_sudog* sgs = n <= SMALL ? small : gocc_alloc_words((uint64_t)n * sizeof(gocc_sudog));
  gocc_goroutine* g = gocc_sched_curg();
  g->select_done = 0;
  g->param = NULL;
  for (int64_t k = 0; k < n; k++) {
    gocc_scase* sc = &cases[order[k]];
    gocc_sudog* s = &sgs[k];
    memset(s, 0, sizeof *s);
    s->g = g;
    s->elem = sc->elem;
    s->c = sc->c;
    s->is_select = 1;
    s->case_index = order[k];
    gocc_waitq_enqueue(sc->dir ? &sc->c->sendq : &sc->c->recvq, s);
  }
  gocc_park(GOCC_WAIT_SELECT);
  gocc_sudog* fired = g->param;
  for (int64_t k = 0; k < n; k++) {
    gocc_sudog* s = &sgs[k];
    if (s == fired) continue;
    gocc_waitq_remove(cases[s->case_index].dir ? &s->c->sendq : &s->c->recvq, s);
  }
  g->select_done = 0;
  g->param = NULL;
  if (fired == NULL) gocc_throw("select: woken without a case");
  if (cases[fired->case_index].dir && !fired->success) gocc_panic_plain("send on closed channel");
  return (gocc_pair){fired->case_index, fired->success};
}
