// libedit's readline-compatible API (see ../shared/reference/swift-notes.md §1).
#include <stdio.h>
#include <editline/readline.h>
