"""Stage 2: the intermediate model. The declarations (dataclasses), `load()` tying both documents into a
`Model`, the resource tree, request matching, the naming rules every target shares, and the summary `inspect`
prints."""
