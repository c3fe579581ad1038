"""The docks around the panes: inspector, evidence library, tag manager, source text."""
