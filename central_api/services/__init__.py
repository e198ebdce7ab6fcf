"""Server-side operations used by the routes (no HTTP here, only sessions and rows)."""
