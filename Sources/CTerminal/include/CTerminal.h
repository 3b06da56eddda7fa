#ifndef FACTCHECK_CTERMINAL_H
#define FACTCHECK_CTERMINAL_H

/* Saves the terminal settings of fd, to be put back by ct_restore_terminal or, on SIGTERM,
   SIGHUP, SIGINT and SIGQUIT, by a signal handler (tcsetattr is async-signal-safe). */
void ct_save_terminal(int fd);
void ct_restore_terminal(void);
void ct_install_restore_handlers(void);

/* Opens a pseudo-terminal pair (for tests that drive the program as a terminal would). */
int ct_open_pty(int *master, int *slave);

#endif
