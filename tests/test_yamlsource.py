"""yamlsource: safe YAML with line numbers, and clear errors for unreadable files."""

from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.knowledge.yamlsource import MAX_BYTES, line_of, load_yaml


def _fails(path: Path) -> KnowledgeError:
    with pytest.raises(KnowledgeError) as info:
        load_yaml(path)
    assert info.value.unreadable
    return info.value


def test_line_numbers_of_keys_and_items_are_remembered(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("version: 1\nitems:\n  - one\n  - two\n")
    data = load_yaml(path)
    assert line_of(data, "items") == 2
    assert line_of(data["items"], 1) == 4


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "intents.yaml"
    path.write_text("version: 1\nintents:\n  - id: x\n    title: a: b\n")
    problem = _fails(path).problems[0]
    assert problem.file == str(path) and problem.line == 4
    assert "YAML syntax error" in problem.format() and "Fix:" in problem.format()


def test_aliases_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text('a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n')
    problem = _fails(path).problems[0]
    assert problem.line == 2 and "alias" in problem.message


def test_binary_non_utf8_and_huge_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x00\x01\x02")
    assert "binary" in _fails(binary).problems[0].message
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"version: 1\ntitle: caf\xe9\n")
    problem = _fails(latin).problems[0]
    assert problem.line == 2 and "UTF-8" in problem.message
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"#" * (MAX_BYTES + 1))
    assert "limit" in _fails(huge).problems[0].message


def test_missing_file_is_a_problem_saying_it_cannot_be_read(tmp_path: Path) -> None:
    assert "cannot be read" in _fails(tmp_path / "nope.yaml").problems[0].message


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("synonyms:\n  police: [cops]\n  drugs: [narcotics]\n  police: [pigs]\n")
    problem = _fails(path).problems[0]
    assert problem.line == 4 and "'police' appears twice" in problem.message
    assert "line 2" in problem.message
