"""Qt models over the archive."""
