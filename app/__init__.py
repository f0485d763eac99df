"""Alpaca Studio's desktop window: a thin Qt layer over `core`."""
