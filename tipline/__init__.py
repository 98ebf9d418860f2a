"""Tipline: a Help button for children and a hotline back office.

See DESIGN.md (in the project's shared folder) and README.md.
"""

__version__ = "0.1.0"
