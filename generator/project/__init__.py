"""Stage 4: the SDK project that uses rsdlgen. Its configuration (`[tool.rsdlgen]` in its pyproject.toml, or an
rsdlgen.toml), the jobs it configures (render every configured target, write them all or none, compare them with
what is committed) and the hatchling build hook that runs them when the project is built."""
