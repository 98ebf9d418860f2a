"""The embeddable Help button's server side: signed platform context and platform keys."""
