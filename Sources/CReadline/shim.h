#ifndef CONCIERGE_CREADLINE_SHIM_H
#define CONCIERGE_CREADLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
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

/* The line typed so far and the cursor position, for context-aware completion. */
static inline const char *concierge_rl_line_buffer(void) {
    return rl_line_buffer;
}

static inline int concierge_rl_point(void) {
    return rl_point;
}

static inline void concierge_rl_clear_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

/* Ctrl-C clears the line being typed instead of ending the program.
 *
 * readline keeps catching signals (rl_catch_signals = 1), so SIGTERM, SIGHUP and
 * friends still restore the terminal before the program ends. On Ctrl-C readline
 * echoes ^C, resets its state and re-sends SIGINT to the application's handler,
 * installed here: it only sets a flag (calling readline from a handler is not
 * async-signal-safe). readline then calls rl_signal_event_hook from ordinary code,
 * where the line is cleared and a fresh prompt drawn.
 * Call concierge_rl_install_interrupt() from one place only: the flag is static. */
static volatile sig_atomic_t concierge_interrupted = 0;

static void concierge_on_sigint(int signo) {
    (void)signo;
    concierge_interrupted = 1;
}

static int concierge_signal_event(void) {
    if (concierge_interrupted) {
        concierge_interrupted = 0;
        concierge_rl_clear_line();
    }
    return 0;
}

/* Returns 0 on success, -1 when the handler could not be installed. */
static inline int concierge_rl_install_interrupt(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = concierge_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a wait for a key must be interrupted */
    rl_catch_signals = 1;
    rl_signal_event_hook = concierge_signal_event;
    return sigaction(SIGINT, &action, NULL);
}

/* Whether Ctrl-C was pressed since the last call (used while not in readline). */
static inline int concierge_take_interrupt(void) {
    int was = concierge_interrupted;
    concierge_interrupted = 0;
    return was;
}

/* Ctrl-\ (SIGQUIT) ends the program cleanly with `code` instead of showing the Swift runtime's crash
 * backtrace. At the prompt the handler is put back in rl_pre_input_hook, after readline installed its
 * own: readline defers a caught signal until its blocking read returns, so a Ctrl-\ could wait for the
 * next key. The handler restores the terminal settings saved before readline started (tcsetattr is
 * async-signal-safe); the history is already on disk, each line being appended as it is entered. */
static volatile sig_atomic_t concierge_quit_code = 131;
/* A function-local static: Swift's importer does not emit a file-scope struct variable of a header. */
static inline struct termios *concierge_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static volatile sig_atomic_t concierge_have_termios = 0;

static void concierge_on_sigquit(int signo) {
    (void)signo;
    static const char newline = '\n';
    if (concierge_have_termios) tcsetattr(STDIN_FILENO, TCSANOW, concierge_saved_termios());
    if (isatty(STDOUT_FILENO)) { ssize_t ignored = write(STDOUT_FILENO, &newline, 1); (void)ignored; }
    _exit(concierge_quit_code);
}

static inline int concierge_install_quit(int code) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = concierge_on_sigquit;
    sigemptyset(&action.sa_mask);
    concierge_quit_code = code;
    /* A parent may have left SIGQUIT blocked; it would then never reach the handler. */
    sigset_t quit;
    sigemptyset(&quit);
    sigaddset(&quit, SIGQUIT);
    sigprocmask(SIG_UNBLOCK, &quit, NULL);
    return sigaction(SIGQUIT, &action, NULL);
}

static int concierge_quit_before_input(void) {
    concierge_install_quit(concierge_quit_code);
    return 0;
}

/* For the chat at a terminal: Ctrl-\ leaves with `code`, at the prompt too. */
static inline int concierge_install_quit_at_prompt(int code) {
    if (tcgetattr(STDIN_FILENO, concierge_saved_termios()) == 0) concierge_have_termios = 1;
    rl_pre_input_hook = concierge_quit_before_input;
    return concierge_install_quit(code);
}

/* A write past the file-size limit (ulimit -f) fails with EFBIG, reported as a failed write, instead of
 * killing the process with SIGXFSZ and no message. */
static inline void concierge_ignore_file_size_signal(void) {
    signal(SIGXFSZ, SIG_IGN);
}

#endif
