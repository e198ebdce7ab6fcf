"""Parts of the catalogue benchmark (``python -m benchmarks catalogue``)."""
