"""Editors and dialogs: the record editor built from the core's field specs, its widgets."""
