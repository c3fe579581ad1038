"""Standard keys: the actions that have one use QKeySequence.StandardKey; no reserved key."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.window.actions import RESERVED_KEYS, ActionRow, key_sequences, window_table

Std = QKeySequence.StandardKey

# What each action is, in Qt's words: the row must name that standard key.
EXPECTED = {
    "new_case": Std.New,
    "open_case": Std.Open,
    "quit": Std.Quit,
    "undo": Std.Undo,
    "redo": Std.Redo,
    "find": Std.Find,
    "preferences": Std.Preferences,
    "shortcuts": Std.HelpContents,
}
# Standard keys of the application level that a key of ours must not take from the platform.
# (Not Refresh: F5 presents, as in presentation programs, and nothing here refreshes; not the
# text-formatting keys, Ctrl+I imports and no text here is formatted.)
APPLICATION_KEYS = (
    Std.New, Std.Open, Std.Close, Std.Save, Std.SaveAs, Std.Quit, Std.Undo, Std.Redo,
    Std.Find, Std.FindNext, Std.FindPrevious, Std.Replace, Std.Preferences, Std.HelpContents,
    Std.WhatsThis, Std.Print, Std.Cut, Std.Copy, Std.Paste, Std.SelectAll, Std.Back,
    Std.Forward, Std.ZoomIn, Std.ZoomOut, Std.AddTab, Std.NextChild, Std.PreviousChild,
    Std.FullScreen, Std.Cancel, Std.Delete,
)  # fmt: skip


def _rows() -> dict[str, ActionRow]:
    return {r.name: r for r in window_table() if isinstance(r, ActionRow)}


def test_every_action_with_a_standard_key_uses_it_first(qapp):
    rows = _rows()
    for name, standard in EXPECTED.items():
        assert rows[name].keys[0] == standard, name
        # Each binding this platform gives that key is on the action.
        for binding in QKeySequence.keyBindings(standard):
            assert binding in key_sequences(rows[name].keys), (name, binding.toString())


def test_a_fallback_is_used_only_where_the_platform_binds_nothing(qapp):
    assert key_sequences((Std.Open, "Ctrl+Shift+O")) == QKeySequence.keyBindings(Std.Open)
    assert key_sequences((Std.Preferences, "Ctrl+,")) == (
        QKeySequence.keyBindings(Std.Preferences) or [QKeySequence("Ctrl+,")]
    )
    assert key_sequences(("Ctrl+,",)) == [QKeySequence("Ctrl+,")]


def test_no_key_of_ours_is_one_a_platform_reserves_or_binds_to_another_action(qapp):
    reserved = {QKeySequence(k) for k in RESERVED_KEYS}
    taken = {
        binding: standard
        for standard in APPLICATION_KEYS
        for binding in QKeySequence.keyBindings(standard)
    }
    for name, row in _rows().items():
        own = {k for k in row.keys if isinstance(k, Std)}
        for key in (k for k in row.keys if isinstance(k, str)):
            sequence = QKeySequence(key)
            assert sequence not in reserved, (name, key, RESERVED_KEYS.get(key))
            assert taken.get(sequence) in (None, *own), (name, key, taken.get(sequence))
    assert QKeySequence("Ctrl+H") in reserved  # Cmd+H hides the application on macOS


def test_the_window_binds_the_standard_keys(open_main_window):
    window = open_main_window()
    for name, standard in EXPECTED.items():
        action = getattr(window.actions, name)
        bound = QKeySequence.keyBindings(standard)
        if bound:
            assert set(bound) <= set(action.shortcuts()), name
        else:  # the fallback (Quit: Ctrl+Q, Preferences: Ctrl+,)
            assert action.shortcuts(), name
    assert QKeySequence("Ctrl+,") in window.actions.preferences.shortcuts()
    assert QKeySequence("Ctrl+H") not in window.actions.history.shortcuts()
