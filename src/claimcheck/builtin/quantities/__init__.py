"""The built-in figures plugin: reads counts, ranges, bounds, ratios, money and measures,
and compares two figures.

Reading runs units -> atoms -> groups -> not_figures -> reading, driven by
``find.find_quantities``; ``claims.extract_claims`` turns figures into claims with their
subjects and sources; ``compare`` compares two of them. Word tables: ``quantities.toml``.
"""
