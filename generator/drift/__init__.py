"""Documents against engines: fetching an engine's documents, fingerprints, and the semantic diff that says
what changed and what breaks callers."""
