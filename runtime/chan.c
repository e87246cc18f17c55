/* chan.c — channels (Go's design, runtime/chan.go, on the single-threaded scheduler).
 *
 * A channel is a ring buffer of dataqsiz elements (none for an unbuffered channel) plus two
 * queues of waiting goroutines (sudogs living in the waiters' frames). A send first hands its
 * value straight to a waiting receiver, else stores it in the buffer, else waits on sendq; a
 * receive takes from a waiting sender (for a full buffered channel: the head of the buffer,
 * and the sender's value goes to the tail), else from the buffer, else waits on recvq. close
 * wakes every waiter: receivers get zero values and ok == false, senders panic.
 *
 * Sudogs of a goroutine blocked in select sit on several channels at once; the first channel
 * operation that completes one marks the goroutine select_done, and the others are skipped by
 * dequeue until the goroutine wakes and unlinks them (chan_select.c).
 *
 * Panics use gc's plainError texts: "send on closed channel", "close of closed channel",
 * "close of nil channel", "makechan: size out of range". */
#include "runtime/sched.h"

void* gocc_makechan(const gocc_type* elem, int64_t size) {
  uint64_t esize = elem ? elem->size : 0;
  if (size < 0 || (esize > 0 && (uint64_t)size > (GOCC_MAX_ALLOC - sizeof(gocc_hchan)) / esize)) {
    gocc_panic_plain("makechan: size out of range");
  }
  gocc_hchan* c = gocc_alloc_words(sizeof(gocc_hchan));
  c->elemtype = elem;
  c->elemsize = esize;
  c->dataqsiz = (uint64_t)size;
  if (size > 0 && esize > 0) {
    c->buf = elem->ptrdata ? gocc_alloc(esize * (uint64_t)size, elem) : gocc_alloc_noscan(esize * (uint64_t)size);
  }
  return c;
}

void gocc_waitq_enqueue(gocc_waitq* q, gocc_sudog* s) {
  s->next = NULL;
  s->prev = q->last;
  if (q->last) q->last->next = s;
  else q->first = s;
  q->last = s;
}

void gocc_waitq_remove(gocc_waitq* q, gocc_sudog* s) {
  if (s->prev) s->prev->next = s->next;
  else if (q->first == s) q->first = s->next;
  else return; /* not queued */
  if (s->next) s->next->prev = s->prev;
  else q->last = s->prev;
  s->next = s->prev = NULL;
}

/* The first waiter that can still be completed; marks a selecting goroutine as done. */
gocc_sudog* gocc_waitq_dequeue(gocc_waitq* q) {
  for (;;) {
    gocc_sudog* s = q->first;
    if (s == NULL) return NULL;
    gocc_waitq_remove(q, s);
    if (s->is_select) {
      if (s->g->select_done) continue;
      s->g->select_done = 1;
    }
    return s;
  }
}

static inline uint8_t* chanbuf(gocc_hchan* c, uint64_t i) { return c->buf + i * c->elemsize; }

static inline void copy_elem(gocc_hchan* c, void* dst, const void* src) {
  if (dst && c->elemsize) memcpy(dst, src, c->elemsize);
}

static inline void zero_elem(gocc_hchan* c, void* dst) {
  if (dst && c->elemsize) memset(dst, 0, c->elemsize);
}

static void wake(gocc_sudog* s, bool success) {
  s->success = success;
  s->g->param = s;
  gocc_ready(s->g);
}

/* Sends *ep on c. block=false: returns false instead of waiting. */
bool gocc_chansend(gocc_hchan* c, const void* ep, bool block) {
  if (c == NULL) {
    if (!block) return false;
    gocc_park(GOCC_WAIT_CHAN_SEND_NIL);
    gocc_throw("unreachable");
  }
  if (c->closed) gocc_panic_plain("send on closed channel");
  gocc_sudog* r = gocc_waitq_dequeue(&c->recvq);
  if (r) {
    if (r->elem && c->elemsize) memcpy(r->elem, ep, c->elemsize);
    wake(r, true);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    copy_elem(c, chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    return true;
  }
  if (!block) return false;
  gocc_goroutine* g = gocc_sched_curg();
  gocc_sudog s = {.g = g, .elem = (void*)ep, .c = c};
  gocc_waitq_enqueue(&c->sendq, &s);
  g->param = NULL;
  gocc_park(GOCC_WAIT_CHAN_SEND);
  if (!s.success) gocc_panic_plain("send on closed channel");
  return true;
}

/* Completes a receive from the waiting sender s (c's lock order as gc's recv). */
static void recv_from_sender(gocc_hchan* c, gocc_sudog* s, void* ep) {
  if (c->dataqsiz == 0) {
    if (ep && c->elemsize) memcpy(ep, s->elem, c->elemsize);
  } else {
    uint8_t* slot = chanbuf(c, c->recvx);
    copy_elem(c, ep, slot);
    copy_elem(c, slot, s->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  wake(s, true);
}

/* Receives from c into ep (NULL: discard). Returns {selected, received}: selected is false
 * only when !block and nothing was ready; received is false for a closed, drained channel. */
gocc_pair gocc_chanrecv(gocc_hchan* c, void* ep, bool block) {
  if (c == NULL) {
    if (!block) return (gocc_pair){0, 0};
    gocc_park(GOCC_WAIT_CHAN_RECEIVE_NIL);
    gocc_throw("unreachable");
  }
  if (c->closed && c->qcount == 0) {
    zero_elem(c, ep);
    return (gocc_pair){1, 0};
  }
  gocc_sudog* s = gocc_waitq_dequeue(&c->sendq);
  if (s) {
    recv_from_sender(c, s, ep);
    return (gocc_pair){1, 1};
  }
  if (c->qcount > 0) {
    uint8_t* slot = chanbuf(c, c->recvx);
    copy_elem(c, ep, slot);
    zero_elem(c, slot);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    return (gocc_pair){1, 1};
  }
  if (!block) return (gocc_pair){0, 0};
  gocc_goroutine* g = gocc_sched_curg();
  gocc_sudog w = {.g = g, .elem = ep, .c = c};
  gocc_waitq_enqueue(&c->recvq, &w);
  g->param = NULL;
  gocc_park(GOCC_WAIT_CHAN_RECEIVE);
  return (gocc_pair){1, w.success};
}

void gocc_chansend1(void* c, void* elem) { gocc_chansend(c, elem, true); }
void gocc_chanrecv1(void* c, void* elem) { gocc_chanrecv(c, elem, true); }
bool gocc_chanrecv2(void* c, void* elem) { return gocc_chanrecv(c, elem, true).b != 0; }

void gocc_closechan(void* ch) {
  gocc_hchan* c = ch;
  if (c == NULL) gocc_panic_plain("close of nil channel");
  if (c->closed) gocc_panic_plain("close of closed channel");
  c->closed = 1;
  gocc_sudog* s;
  while ((s = gocc_waitq_dequeue(&c->recvq)) != NULL) {
    zero_elem(c, s->elem);
    wake(s, false);
  }
  while ((s = gocc_waitq_dequeue(&c->sendq)) != NULL) wake(s, false);
}

int64_t gocc_chanlen(void* c) { return c ? (int64_t)((gocc_hchan*)c)->qcount : 0; }
int64_t gocc_chancap(void* c) { return c ? (int64_t)((gocc_hchan*)c)->dataqsiz : 0; }
