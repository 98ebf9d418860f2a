"""Background work: sweeps that run every few seconds, and jobs a request hands off.

One set of work (``tipline.jobs.work``), two engines (``tipline.jobs.queue``):

- ``inline``, the embedded default: ``tipline serve`` runs the sweeps on timers and each
  deferred job in a thread. Nothing else to install or run.
- ``procrastinate`` (``TIPLINE_TASK_QUEUE=procrastinate``, PostgreSQL only): the work is
  queued in PostgreSQL with Procrastinate and run by ``tipline worker`` processes, as many as
  wanted; the web server runs none of it. Each job runs once, whichever worker takes it.
"""
