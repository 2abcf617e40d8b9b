"""Fulfilment on Moodle: a Web Services client, course lookup, and approved operations."""
