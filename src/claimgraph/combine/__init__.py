"""Combine: the cross-source stages: one entity per thing told by several sources, and their comparisons."""
