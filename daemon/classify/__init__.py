"""Decide what a request asks for: its type, confidence, reasons and fields."""
