"""Table models over the core's lists (ids and plain rows, fetched lazily)."""
