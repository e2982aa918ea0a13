#ifndef CONCIERGE_CREADLINE_SHIM_H
#define CONCIERGE_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects writes to C globals, so readline's settings are set here. */

typedef char *(*concierge_generator_t)(const char *, int);

static inline void concierge_rl_set_name(const char *name) {
    rl_readline_name = name;
}

static inline void concierge_rl_set_completion(concierge_generator_t generator) {
    rl_completion_entry_function = generator;
}

static inline void concierge_rl_set_catch_signals(int on) {
    rl_catch_signals = on;
}

static inline void concierge_rl_clear_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

#endif
