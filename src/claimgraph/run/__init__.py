"""Run: a build from sources to one graph file: orchestration, parallel and distributed extraction, the cache."""
