"""Evaluation over the annotated corpus: gold annotations, the harness, the diff, the generator."""
