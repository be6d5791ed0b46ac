"""The built-in templates, one folder per target; installed as the data package `rsdlgen.templates`.

Nothing here is imported: `rsdlgen.targets.rendering` reads the files through importlib.resources, and a
project's own template folder overrides them by relative path (see README.md beside this file).
"""
