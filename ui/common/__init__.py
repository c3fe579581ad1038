"""Shared pieces of the window: the case session, commands, icons, theme, messages, labels."""
