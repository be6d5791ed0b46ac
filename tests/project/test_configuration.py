"""The project's configuration: found as black, ruff and pytest find theirs, read strictly, refused in one line
that names the file and the line of the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from rsdlgen.commands.main import main
from rsdlgen.errors import UsageError
from rsdlgen.project.configuration import Configuration, configuration, find, line_of
from tests.conftest import OVIRT36

DOCUMENTS = f"rsdl = '{OVIRT36 / 'rsdl.xml'}'\nschema = '{OVIRT36 / 'api.xsd'}'\n"


def test_found_in_the_nearest_folder_upwards(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.rsdlgen]\n")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no [tool.rsdlgen]
    assert find(inner) == tmp_path / "pyproject.toml"
    (inner / "rsdlgen.toml").write_text("")
    assert find(inner) == inner / "rsdlgen.toml"
    (inner / "pyproject.toml").write_text("[tool.rsdlgen]\n")
    assert find(inner) == inner / "rsdlgen.toml"  # in one folder, rsdlgen.toml first


def test_no_configuration_means_defaults_below_the_working_directory(tmp_path: Path) -> None:
    config = configuration(start=tmp_path)
    assert config.file is None and config.rsdl is None
    assert [(t.name, t.out, t.package) for t in config.targets] == [
        ("client", tmp_path.resolve() / "generated" / "client", "ovirtsdk3"),
        ("docs", tmp_path.resolve() / "generated" / "docs", "ovirtsdk3"),  # the client it shows
        ("openapi", tmp_path.resolve() / "generated" / "openapi", None),
        ("server", tmp_path.resolve() / "generated" / "server", "ovirt_mock_engine"),
    ]


def test_settings_are_relative_to_the_configuration_file(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    file = tmp_path / "pyproject.toml"
    file.write_text(
        "[tool.rsdlgen]\n"
        "rsdl = 'api/rsdl.xml'\nschema = 'api/api.xsd'\n"
        "url = 'https://engine.example.com/ovirt-engine/api'\n"
        "templates = 'mine'\n"
        "[tool.rsdlgen.targets.client]\nout = 'src'\npackage = 'mysdk.api'\n"
        "[tool.rsdlgen.targets.docs]\noptions = { title = 'My API' }\n"
    )
    config = configuration(start=tmp_path / "mine")
    root = tmp_path.resolve()
    assert config.file == file
    assert (config.rsdl, config.schema) == (root / "api" / "rsdl.xml", root / "api" / "api.xsd")
    assert config.templates == root / "mine"
    assert config.url == "https://engine.example.com/ovirt-engine/api"
    client, docs = config.targets  # only the configured ones
    assert (client.out, client.package) == (root / "src", "mysdk.api")
    assert (docs.out, docs.options) == (root / "generated" / "docs", {"title": "My API"})


def test_flags_choose_targets_and_override_the_output(tmp_path: Path) -> None:
    (tmp_path / "rsdlgen.toml").write_text("[targets.client]\nout = 'src'\n")
    config = configuration(start=tmp_path)
    root = tmp_path.resolve()
    assert [t.out for t in config.chosen(None)] == [root / "src"]
    assert [t.out for t in config.chosen("server")] == [root / "generated" / "server"]
    assert [t.out for t in config.chosen(None, Path("x"))] == [Path("x")]  # one target: its tree
    assert [t.out for t in config.chosen("all", Path("x"))] == [
        Path("x/client"),
        Path("x/docs"),
        Path("x/openapi"),
        Path("x/server"),
    ]
    assert [t.package for t in config.chosen("all", package="p")] == ["p", "p", None, "p"]


def refusal(tmp_path: Path, text: str, name: str = "pyproject.toml") -> str:
    (tmp_path / name).write_text(text)
    with pytest.raises(UsageError) as error:
        configuration(start=tmp_path)
    assert error.value.status == 2
    return str(error.value).replace(str(tmp_path / name), name)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[tool.rsdlgen]\nrsdl = 'a.xml'\n",
            "pyproject.toml:2: error: rsdl needs schema, the XML Schema of its types (else every "
            "type is opaque), or no-schema = true",
        ),
        (
            "[tool.rsdlgen]\n\nschema = 'a.xsd'\n",
            "pyproject.toml:3: error: schema needs rsdl: the embedded RSDL describes another API",
        ),
        (
            "[tool.rsdlgen]\nrdsl = 'a.xml'\n",
            "pyproject.toml:2: error: unknown setting tool.rsdlgen.rdsl (known: accepted-breaks, "
            "exclude, include, no-schema, rsdl, schema, targets, templates, url)",
        ),
        (
            "[tool.rsdlgen]\n[tool.rsdlgen.targets.clients]\nout = 'x'\n",
            "pyproject.toml:2: error: unknown setting tool.rsdlgen.targets.clients (known: client, "
            "docs, openapi, server)",
        ),
        (
            "[tool.rsdlgen.targets.client]\nout = 3\n",
            "pyproject.toml:2: error: tool.rsdlgen.targets.client.out must be a path (a string), "
            "not 3",
        ),
        (
            "[tool.rsdlgen.targets.client]\nout = 'x'\npackage = 'my-sdk'\n",
            "pyproject.toml:3: error: 'my-sdk' is not a Python package name ('my-sdk' is not an "
            "identifier)",
        ),
        (
            "[tool.rsdlgen.targets.docs]\npackage = 'site'\n",
            "pyproject.toml:2: error: unknown setting tool.rsdlgen.targets.docs.package (known: "
            "exclude, include, options, out, outside-project)",
        ),
        (
            "[tool.rsdlgen.targets.docs]\noptions = { titel = 'x' }\n",
            "pyproject.toml:2: error: unknown setting tool.rsdlgen.targets.docs.options.titel "
            "(known: since, title)",
        ),
        (
            "[tool.rsdlgen]\ntemplates = 'nowhere'\n",
            "pyproject.toml:2: error: templates: {root}/nowhere is not a directory",
        ),
        (
            "[tool.rsdlgen]\nurl = 'engine.example.com'\n",
            "pyproject.toml:2: error: url must be an http:// or https:// URL, not "
            "'engine.example.com'",
        ),
        ("[tool.rsdlgen]\nrsdl = \n", "pyproject.toml:2: error: not valid TOML: Invalid value"),
    ],
)
def test_refused_in_one_line_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    assert refusal(tmp_path, text) == message.format(root=tmp_path.resolve())


def test_rsdlgen_toml_has_the_settings_at_the_top(tmp_path: Path) -> None:
    assert refusal(tmp_path, "\n[targets.server]\npackage = 'class'\n", "rsdlgen.toml") == (
        "rsdlgen.toml:3: error: 'class' is not a Python package name ('class' is a keyword)"
    )


def test_the_command_line_exits_2_on_a_bad_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rsdlgen.toml").write_text("no-schema = true\n")
    monkeypatch.chdir(tmp_path)
    assert main(["generate"]) == 2
    assert capsys.readouterr().err == (
        "rsdlgen: rsdlgen.toml:1: error: no-schema = true needs rsdl (the embedded default comes "
        "with its schema)\n"
    )


def test_an_explicit_configuration_file(tmp_path: Path) -> None:
    file = tmp_path / "elsewhere.toml"
    file.write_text(DOCUMENTS)
    config = configuration(file)
    assert isinstance(config, Configuration) and config.rsdl == OVIRT36 / "rsdl.xml"
    assert config.load_model().fingerprint == configuration(file).load_model().fingerprint


def test_lines_of_dotted_keys_and_tables() -> None:
    text = "[tool.rsdlgen]\nrsdl = 'x'\n\n[tool.rsdlgen.targets.client]\n out = 'y'\n"
    assert line_of(text, ("tool", "rsdlgen", "rsdl")) == 2
    assert line_of(text, ("tool", "rsdlgen", "targets", "client", "out")) == 5
    assert line_of(text, ("tool", "rsdlgen", "targets", "client", "package")) == 4
    assert line_of(text, ("tool", "rsdlgen", "url")) == 1


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '[tool.rsdlgen]\nrsdl = "a\\u0000b.xml"\n',
            "pyproject.toml:2: error: tool.rsdlgen.rsdl is no path",
        ),
        (
            '[tool.rsdlgen.targets.client]\nout = "gen\\u0000"\n',
            "pyproject.toml:2: error: tool.rsdlgen.targets.client.out is no path",
        ),
        (
            "[tool.rsdlgen]\nx = " + "[" * 100_000 + "]" * 100_000 + "\n",
            "pyproject.toml: error: not valid TOML",
        ),
        (
            "[tool.rsdlgen]\nx = " + "{a=" * 3_000 + "1" + "}" * 3_000 + "\n",
            "pyproject.toml: error: not valid TOML",
        ),
    ],
)
def test_hostile_configurations_are_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    message: str,
) -> None:
    """Issue 21.16: a NUL in a path, arrays 100,000 deep or inline tables 3,000 deep were tracebacks."""
    (tmp_path / "pyproject.toml").write_text(text)
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rsdlgen: ") and message in err, err


@pytest.mark.parametrize("out", ["/tmp/elsewhere", "../sibling", "link/inside"])
def test_a_configured_out_that_leaves_the_project_needs_saying_so(tmp_path: Path, out: str) -> None:
    """Issue 21, decided: a configuration (maybe of a project just cloned) writes below its own folder unless
    its target table sets `outside-project = true`; the command line's --out stays the user's choice.
    """
    project = tmp_path / "project"
    project.mkdir()
    (project / "link").symlink_to(tmp_path)
    text = f"[tool.rsdlgen.targets.client]\nout = '{out}'\n"
    assert "leaves the project folder" in refusal(project, text)
    (project / "pyproject.toml").write_text(text + "outside-project = true\n")
    assert (
        configuration(project / "pyproject.toml").target("client").out == (project / out).resolve()
    )


def test_the_docs_follow_the_projects_client_package_and_name(tmp_path: Path) -> None:
    """Issue 22 item 6: the docs said `from ovirtsdk3 import ...` in a project whose client is `myovirt.api`."""
    from rsdlgen.project import building

    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'myovirt'\n[tool.rsdlgen]\n"
        "[tool.rsdlgen.targets.client]\nout = 'src'\npackage = 'myovirt.api'\n"
        "[tool.rsdlgen.targets.docs]\nout = 'docs'\n"
    )
    config = configuration(tmp_path / "pyproject.toml")
    docs = config.target("docs")
    assert (docs.package, docs.options) == ("myovirt.api", {"title": "myovirt API reference"})
    (rendered,) = building.render(config.load_model(), [docs])
    index = str(rendered.tree.files["index.html"])
    assert "from myovirt.api import API, parse_xml, types" in index and "ovirtsdk3" not in index
    assert "· myovirt API reference</title>" in index
    # a title configured wins; without a client configured, the client's default package
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'myovirt'\n[tool.rsdlgen]\n"
        "[tool.rsdlgen.targets.docs]\noptions = { title = 'Mine' }\n"
    )
    docs = configuration(tmp_path / "pyproject.toml").target("docs")
    assert (docs.package, docs.options) == ("ovirtsdk3", {"title": "Mine"})
