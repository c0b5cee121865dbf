"""Extract: the stages that turn one source's recognised mentions into claims (see DESIGN.md's layout)."""
