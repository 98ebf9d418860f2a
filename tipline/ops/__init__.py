"""Running Tipline: health and readiness checks, Prometheus metrics, structured logs."""
