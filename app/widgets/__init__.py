"""Reusable widgets of the Alpaca Studio window."""
