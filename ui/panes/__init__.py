"""The linked panes: the two claim lists, their model and delegate, and the gutter of links."""
