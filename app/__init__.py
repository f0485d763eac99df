"""Alpaca Studio's desktop window: a thin Qt layer over `core`."""

from app.refcount_guard import protect_singletons

protect_singletons()
