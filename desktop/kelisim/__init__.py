"""Kelisim — consent of the higher akim to appeal a court act (Kazakhstan)."""

__version__ = "0.1.0"
