#ifndef FACTDESK_CLIBEDIT_SHIM_H
#define FACTDESK_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <editline/readline.h>

/* Swift 6 refuses to touch mutable C globals; these setters keep that access in C. */
static inline void fd_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void fd_rl_set_attempted_completion(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}
static inline void fd_rl_set_attempted_completion_over(int value) { rl_attempted_completion_over = value; }
static inline void fd_rl_set_completion_append_character(int value) { rl_completion_append_character = value; }
static inline void fd_rl_set_basic_word_break_characters(const char *value) {
  rl_basic_word_break_characters = (char *)value;
}
static inline const char *fd_rl_line_buffer(void) { return rl_line_buffer; }
static inline int fd_rl_point(void) { return rl_point; }
static inline void fd_rl_set_catch_signals(int value) { rl_catch_signals = value; }

#endif
