"""Recognizers: normalized text in, spans out (structure, references, dates, events)."""
