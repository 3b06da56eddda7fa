#ifndef FACTCHECK_CEDITLINE_SHIM_H
#define FACTCHECK_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

/* el_set, el_get and history are variadic and cannot be called from Swift.
   Each use the program needs gets a fixed-signature wrapper here. */

static inline FILE *ce_stdin(void) { return stdin; }
static inline FILE *ce_stdout(void) { return stdout; }
static inline FILE *ce_stderr(void) { return stderr; }

typedef char *(*ce_prompt_fn)(EditLine *);
typedef unsigned char (*ce_command_fn)(EditLine *, int);

static inline int ce_set_prompt(EditLine *el, ce_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int ce_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int ce_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *ce_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int ce_add_function(EditLine *el, const char *name, const char *help, ce_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int ce_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}
static inline int ce_no_signals(EditLine *el) { return el_set(el, EL_SETTY, "-d", "-isig", NULL); }
static inline int ce_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int ce_prep_term(EditLine *el, int raw) { return el_set(el, EL_PREP_TERM, raw); }
static inline int ce_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

static inline int ce_history_setsize(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int ce_history_setunique(History *h, HistEvent *ev, int unique) { return history(h, ev, H_SETUNIQUE, unique); }
static inline int ce_history_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int ce_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int ce_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int ce_history_save(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_SAVE, path); }
static inline int ce_history_save_fp(History *h, HistEvent *ev, FILE *fp) { return history(h, ev, H_SAVE_FP, fp); }
/* Writes the newest n entries to fp (the file's header only when fp is at its start). */
static inline int ce_history_nsave_fp(History *h, HistEvent *ev, size_t n, FILE *fp) { return history(h, ev, H_NSAVE_FP, n, fp); }
static inline int ce_history_clear(History *h, HistEvent *ev) { return history(h, ev, H_CLEAR); }

static inline int ce_line_cursor(EditLine *el) {
    const LineInfo *li = el_line(el);
    return (int)(li->cursor - li->buffer);
}
static inline int ce_line_length(EditLine *el) {
    const LineInfo *li = el_line(el);
    return (int)(li->lastchar - li->buffer);
}
static inline const char *ce_line_buffer(EditLine *el) { return el_line(el)->buffer; }

#endif
