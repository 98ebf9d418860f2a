"""Prometheus metrics at ``/metrics`` (prometheus_client's text format).

Counted in the process, as things happen (with ``tipline serve --workers N`` the processes
share them through prometheus_client's multiprocess files, ``PROMETHEUS_MULTIPROC_DIR``):

- ``tipline_reports_received_total{via,urgency}``: reports committed (replays not counted);
  ``rate()`` of it is the intake rate.
- ``tipline_time_to_claim_seconds{urgency}``: from a case's arrival to its first claim.
- ``tipline_http_requests_total{method,route,status}`` and
  ``tipline_http_request_seconds{route}``: by route template, never the path.
- ``tipline_errors_total{where}``: unhandled errors in requests and failed sweeps.

Read from the database at each scrape:

- ``tipline_cases_waiting{urgency}``: the queue: cases nobody has claimed yet.
- ``tipline_oldest_waiting_seconds{urgency}``: how long the oldest of them has waited.
- ``tipline_webhook_deliveries{status}``: pending, delivered, failed.
- ``tipline_jobs{queue,status}``: Procrastinate's jobs, with the PostgreSQL task queue.

No metric carries a case code, an identifier or anything a reporter wrote.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from prometheus_client import (CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram,
                               generate_latest)
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import func, select, text

from tipline.store.db import transaction
from tipline.store.tables import Case, WebhookDelivery

URGENCIES = ("immediate", "high", "routine")
WAITING_STATUSES = ("received", "escalated")

REPORTS = Counter("tipline_reports_received", "Reports committed (replays not counted).",
                  ["via", "urgency"])
TIME_TO_CLAIM = Histogram(
    "tipline_time_to_claim_seconds", "From a case's arrival to its first claim.", ["urgency"],
    buckets=(60, 300, 900, 1800, 3600, 4 * 3600, 12 * 3600, 24 * 3600, 72 * 3600))
REQUESTS = Counter("tipline_http_requests", "HTTP requests answered.",
                   ["method", "route", "status"])
LATENCY = Histogram("tipline_http_request_seconds", "Time to answer, by route.", ["route"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
ERRORS = Counter("tipline_errors", "Unhandled errors in requests and failed sweeps.", ["where"])
# Shown at 0 from the start, so that alerts on them have a series before the first event.
ERRORS.labels("request")
for _urgency in URGENCIES:
    TIME_TO_CLAIM.labels(_urgency)
DELIVERY_STATUSES = ("pending", "delivered", "failed")
JOB_STATUSES = ("todo", "doing", "succeeded", "failed", "cancelled", "aborted")


class DatabaseCollector:
    """The gauges read at scrape time (the queue, webhook deliveries, jobs)."""

    def __init__(self, home, clock=None):
        self.home = home
        self.clock = clock

    def describe(self):
        return []  # not known before a scrape: nothing is read at registration

    def collect(self):
        now = self.clock() if self.clock else datetime.now(UTC)
        waiting = GaugeMetricFamily("tipline_cases_waiting",
                                    "Cases nobody has claimed yet, by urgency.",
                                    labels=["urgency"])
        oldest = GaugeMetricFamily("tipline_oldest_waiting_seconds",
                                   "How long the oldest unclaimed case has waited.",
                                   labels=["urgency"])
        deliveries = GaugeMetricFamily("tipline_webhook_deliveries",
                                       "Webhook deliveries to platforms, by status.",
                                       labels=["status"])
        with transaction(self.home.sessions, write=False) as session:
            rows = {urgency: (count, first) for urgency, count, first in session.execute(
                select(Case.urgency, func.count(), func.min(Case.received_at))
                .where(Case.assigned_to_id.is_(None), Case.status.in_(WAITING_STATUSES))
                .group_by(Case.urgency))}
            for urgency in URGENCIES:
                count, first = rows.get(urgency, (0, None))
                waiting.add_metric([urgency], count)
                oldest.add_metric([urgency], max(0.0, (now - first).total_seconds())
                                  if first else 0.0)
            counted = dict(session.execute(select(
                WebhookDelivery.status, func.count()).group_by(WebhookDelivery.status)).all())
            for status in sorted({*DELIVERY_STATUSES, *counted}):
                deliveries.add_metric([status], counted.get(status, 0))
            jobs = self._jobs(session)
        yield from (waiting, oldest, deliveries, *jobs)

    def _jobs(self, session):
        if self.home.settings.task_queue != "procrastinate":
            return []
        family = GaugeMetricFamily("tipline_jobs", "Background jobs in the PostgreSQL queue.",
                                   labels=["queue", "status"])
        counted = {(queue, status): count for queue, status, count in session.execute(text(
            "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs "
            "GROUP BY queue_name, status"))}
        for queue, status in sorted({*((q, s) for q in ("jobs", "sweeps") for s in JOB_STATUSES),
                                     *counted}):
            family.add_metric([queue, status], counted.get((queue, status), 0))
        return [family]


def exposition(home, clock=None) -> tuple[bytes, str]:
    """The metrics page and its content type: this process's counters (every web process's,
    in multiprocess mode) and the database gauges."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)
    else:
        for metric in (REPORTS, TIME_TO_CLAIM, REQUESTS, LATENCY, ERRORS):
            registry.register(metric)
    registry.register(DatabaseCollector(home, clock))
    return generate_latest(registry), CONTENT_TYPE_LATEST
