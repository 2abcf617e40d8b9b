"""The Jinja2 templates of every outgoing text and the report's narrative, shipped as package data."""

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent
