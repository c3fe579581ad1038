"""The window shell: start-up, the main window (composition root), actions, settings, filters."""
