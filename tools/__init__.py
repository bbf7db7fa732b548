"""Development tools: data build scripts, the corpus generator, the seed renderer.

Not part of the runtime package (the wheel does not ship them); run them from the
repository root as ``python -m tools.NAME``; tests import them from there.
"""
