#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE
#include "CTerminal.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <stdlib.h>
#include <fcntl.h>

static struct termios saved;
static int saved_fd = -1;

void ct_save_terminal(int fd) {
    if (tcgetattr(fd, &saved) == 0) saved_fd = fd;
}

void ct_restore_terminal(void) {
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved);
}

static void restore_and_reraise(int sig) {
    ct_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

void ct_install_restore_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    /* SIGQUIT too: the Swift runtime's handler would start its interactive backtracer,
       which waits for a key on a terminal left in raw mode. */
    int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
    sigset_t set;
    sigemptyset(&set);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, NULL);
        /* A parent may have left these blocked; they must reach the handler. */
        sigaddset(&set, signals[i]);
    }
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int ct_open_pty(int *master, int *slave) {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0) return -1;
    if (grantpt(m) != 0 || unlockpt(m) != 0) { close(m); return -1; }
    const char *name = ptsname(m);
    if (!name) { close(m); return -1; }
    int s = open(name, O_RDWR | O_NOCTTY);
    if (s < 0) { close(m); return -1; }
    *master = m;
    *slave = s;
    return 0;
}
