"""Evaluate: a built graph scored against hand-made gold annotations."""
