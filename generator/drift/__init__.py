"""Documents against engines: fetching an engine's documents over HTTP. (Comparing documents is the model's
semantic diff, `model/diffing.py`, which the docs' "changes" page uses too.)"""
