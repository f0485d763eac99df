"""Widgets two or more steps share; a widget only one step uses lives in that step's package."""
