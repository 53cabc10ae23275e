"""archive-viewer: an offline reader for an archive of Chinese news reports."""

__version__ = "0.1.0"

# Bumped whenever cleaning or extraction changes what an article or its facts look like;
# the bundled archive records it so that a stale archive is detected.
PIPELINE_VERSION = "1"
