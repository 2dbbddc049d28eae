"""Helper processes that must not outlive the process that started them.

Used by ``kg ingest``'s extraction workers and by the web console's sandbox
workers (and by the fork servers that fork both).
"""
from __future__ import annotations

import os
import signal
import sys


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (Linux ``PR_SET_PDEATHSIG``).

    Run in each worker and in the fork server that forks them: a ``kill -9``
    of the parent gives its processes no chance to clean up, and a worker
    waiting for its next task would otherwise live on. Elsewhere (macOS,
    Windows) a no-op: the pool's own shutdown is all there is.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        parent = os.getppid()
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the call: nothing will signal us
            os._exit(1)
    except (OSError, AttributeError):
        pass
