"""Getting a person in and keeping the window safe: first-start setup wizard, login dialog,
lock screen and the idle watcher that triggers it. ``ui.app`` wires them together."""
