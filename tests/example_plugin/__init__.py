"""An example claimcheck plugin, shaped exactly like a built-in package.

It reads event nouns ("the armistice", "two referendums", "a coup d'état") as ``event``
claims, a kind no built-in extractor emits. Like ``claimcheck/builtin/<name>/``:

- ``plugin.py`` holds the hooks and is the only module that knows ``hookimpl``;
- ``claims.py`` turns a document's sentences into claims;
- ``find.py`` finds the words in a string;
- ``words.toml`` is the vocabulary, read once through ``claimcheck.plugin.table``.

It imports nothing of claimcheck but ``claimcheck.plugin`` (tests/test_layers.py checks),
so it could be installed on its own with an entry point (docs/plugins.md, "Adding an
extractor by copying a built-in").
"""
