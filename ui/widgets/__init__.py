"""Widgets the pages share: navigation rail, dashboard card, empty state, search box."""
