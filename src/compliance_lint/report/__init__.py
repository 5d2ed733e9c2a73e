"""Output formats. Each takes the finished result and writes it; none re-computes anything."""
