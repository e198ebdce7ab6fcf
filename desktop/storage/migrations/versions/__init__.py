"""Revisions ``0001``, ``0002``, ... each with ``down_revision`` the one before."""
