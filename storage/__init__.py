"""Persistent record of tickets, messages and the outbox."""
