"""Pure functions from raw mail to typed values."""
