"""What a plugin returns is checked where it comes in, and a plugin that fails is named.

Issue 15 ("Plugins"): a bad record (a span outside the text, a claim of another
document, a finding that names a claim no document has, a string where a list is due)
is rejected with one line naming the plugin, the hook and the record, or dropped with a
warning when lenient; an error inside a generator a hook returns, and sys.exit in a
hook, name the plugin; a plugin that lives only in the caller is refused by ``jobs`` > 1
instead of silently missing from the workers (a plugin module travels); a plugin's print
never reaches a report on stdout; a sentence opening "According to," costs nothing.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import Claim, Config, Document, Finding, Passage, PluginError, Segments, Sentence
from claimcheck.cli import cli
from claimcheck.manager import call_hook, get_plugin_manager

from .conftest import ROOT

TEXT = "We saw 12 ships and 3 planes."


def manager(*plugins, builtins: bool = True):
    return get_plugin_manager(plugins, builtins=builtins, entry_points=False)


def figure(text: str, start: int, end: int, doc: str = "", kind: str = "quantity",
           claim_text: str | None = None, **fields) -> Claim:
    return Claim(id="", doc=doc, kind=kind, start=start, end=end,
                 text=text[start:end] if claim_text is None else claim_text, **fields)


class Returns:
    """An extractor that returns what it is given, as it is."""

    def __init__(self, result) -> None:
        self.result = result

    @claimcheck.hookimpl
    def extract_claims(self, document, segments, config):
        return self.result


def name_of(pm, plugin) -> str:
    return pm.get_name(plugin)


def rejected(pm, source: str = TEXT, **kwargs) -> str:
    with pytest.raises(PluginError) as err:
        claimcheck.claims(source, pm=pm, **kwargs)
    message = str(err.value)
    assert "\n" not in message
    return message


# -- 1. every record a hook returns is checked ---------------------------------------------


@pytest.mark.parametrize(
    ("claim", "problem"),
    [
        (figure(TEXT, 7, 9, claim_text="12"), None),  # the good one, for contrast
        (Claim("", "", "quantity", 27, 40, "planes."), "span 27:40 ends past the end of the "
                                                       "text (29 characters)"),
        (Claim("", "", "quantity", 9, 7, ""), "span 9:7 is reversed"),
        (Claim("", "", "quantity", -3, 2, "We"), "span -3:2 starts before the text"),
        (figure(TEXT, 7, 9, claim_text="13"), "its text is not the text at 7:9 ('12')"),
        (figure(TEXT, 7, 9, doc="elsewhere"),
         "it is a claim of document 'elsewhere', not of 'text1'"),
        (figure(TEXT, 7, 9, kind="rumour"), "unknown claim kind 'rumour'"),
        (figure(TEXT, 7, 9, sentence=(0, 99)), "its sentence: span 0:99 ends past the end"),
        ("12 ships", "a str '12 ships': not a Claim"),
        (Finding("agreement", "not a claim"), "Finding 'agreement' 'not a claim': not a Claim"),
    ],
    ids=["good", "past-end", "reversed", "negative", "wrong-text", "other-document",
         "unknown-kind", "sentence-past-end", "string-record", "finding-record"],
)
def test_a_bad_claim_is_rejected_naming_plugin_hook_and_record(claim, problem) -> None:
    plugin = Returns([claim])
    pm = manager(plugin)
    if problem is None:
        assert "12" in [c.text for c in claimcheck.claims(TEXT, pm=pm)]
        return
    message = rejected(pm)
    assert message.startswith(f"plugin {name_of(pm, plugin)} returned a bad record from "
                              "extract_claims: ")
    assert problem in message
    if isinstance(claim, Claim):
        assert f"Claim {claim.kind!r} [{claim.start}:{claim.end}] {claim.text!r}" in message


@pytest.mark.parametrize(
    ("result", "said"),
    [("12 ships", "a str '12 ships', not a list of records"),
     (12, "a int 12, not a list of records"),
     ({"claims": []}, "a dict {'claims': []}, not a list of records")],
)
def test_a_string_or_number_where_a_list_is_due_is_rejected(result, said) -> None:
    plugin = Returns(result)
    pm = manager(plugin)
    assert rejected(pm) == (f"plugin {name_of(pm, plugin)} returned a bad result from "
                            f"extract_claims: {said}")


def test_a_single_claim_instead_of_a_list_is_rejected() -> None:
    plugin = Returns(figure(TEXT, 7, 9))
    pm = manager(plugin)
    assert "returned a bad result from extract_claims: Claim 'quantity' [7:9] '12', not a " \
           "list of records" in rejected(pm)


class Document1Findings:
    """check_document findings, as given."""

    def __init__(self, *findings) -> None:
        self.findings = findings

    @claimcheck.hookimpl
    def check_document(self, document, claims, config):
        return list(self.findings)


@pytest.mark.parametrize(
    ("finding", "problem"),
    [
        (Finding("inconsistency", "ok", ("text1:1",)), None),
        (Finding("inconsistency", "names a ghost", ("text1:1", "text1:99")),
         "it names claim 'text1:99', which does not exist"),
        (Finding("contradiction", "no such kind", ("text1:1",)),
         "unknown finding kind 'contradiction'"),
        (Finding("inconsistency", "a string of ids", "text1:1"),  # type: ignore[arg-type]
         "its claims 'text1:1' are not a tuple of claim ids"),
        (Finding("inconsistency", "another doc", document="b", start=0, end=2),
         "it names document 'b', not 'text1'"),
        (Finding("inconsistency", "past the end", document="text1", start=20, end=200),
         "span 20:200 ends past the end of the text (29 characters)"),
    ],
    ids=["good", "missing-claim", "unknown-kind", "claims-string", "other-document",
         "span-past-end"],
)
def test_a_bad_finding_of_check_document_is_rejected(finding, problem) -> None:
    plugin = Document1Findings(finding)
    pm = manager(plugin)
    if problem is None:
        assert finding in claimcheck.check(TEXT, pm=pm).findings
        return
    with pytest.raises(PluginError) as err:
        claimcheck.check(TEXT, pm=pm)
    message = str(err.value)
    assert message.startswith(f"plugin {name_of(pm, plugin)} returned a bad record from "
                              f"check_document: Finding {finding.kind!r}")
    assert problem in message


def test_compare_claims_may_name_only_the_two_claims_it_compared() -> None:
    class Blames:
        @claimcheck.hookimpl(tryfirst=True)
        def compare_claims(self, left, right, config):
            return Finding("discrepancy", "and a third", (left.id, right.id, "text1:7"))

    pm = manager(Blames())
    with pytest.raises(PluginError) as err:
        claimcheck.check("We saw 12 ships.", "They saw 14 ships.", pm=pm)
    assert str(err.value).startswith(f"plugin {name_of(pm, pm.list_name_plugin()[-1][1])} "
                                     "returned a bad record from compare_claims: ")
    assert str(err.value).endswith("it names claim 'text1:7', which does not exist")


def test_slant_and_wording_findings_point_into_their_documents() -> None:
    class Slant:
        @claimcheck.hookimpl
        def detect_slant(self, document, sentence, config):
            yield Finding("slant", "far away", document=document.id, start=sentence.start,
                          end=sentence.end + 500, category="labeling")

    pm = manager(Slant())
    with pytest.raises(PluginError) as err:
        claimcheck.check(TEXT, pm=pm)
    assert "returned a bad record from detect_slant: Finding 'slant' [0:529] 'far away': " \
           "span 0:529 ends past the end of the text (29 characters)" in str(err.value)

    class Texts:
        @claimcheck.hookimpl
        def compare_texts(self, left, left_segments, right, right_segments, config):
            return [Finding("wording", "fine", ("text1:1",), document=right.id, start=0, end=4),
                    Finding("wording", "names a ghost", ("text9:1",))]

    pm = manager(Texts())
    with pytest.raises(PluginError) as err:
        claimcheck.check("We saw 12 ships.", "They counted 12 ships.", pm=pm)
    assert "from compare_texts: Finding 'wording' 'names a ghost': it names claim " \
           "'text9:1', which does not exist" in str(err.value)


def test_segments_and_documents_and_keys_are_checked(tmp_path) -> None:
    class Segmenter:
        @claimcheck.hookimpl(tryfirst=True)
        def segment(self, document, config):
            end = len(document.text)
            return Segments((Passage("body", 0, end),), (Sentence(0, end + 1, 0),))

    message = rejected(manager(Segmenter()))
    assert "returned a bad record from segment: Segments: sentence 0: span 0:30 ends past " \
           "the end of the text (29 characters)" in message

    class Loader:
        @claimcheck.hookimpl
        def load_document(self, source, doc_id, config):
            return Document("someone-else", "text", source)

    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    message = rejected(manager(Loader()), str(path))
    assert "returned a bad record from load_document: Document 'someone-else' 'text': its " \
           "id is 'someone-else', not the id 'a' it was given" in message

    class Keys:
        @claimcheck.hookimpl
        def blocking_keys(self, claim, config):
            return "cargo"

    pm = manager(Keys())
    with pytest.raises(PluginError) as err:
        claimcheck.check("We saw 12 ships.", "They saw 14 ships.", pm=pm)
    assert "returned a bad result from blocking_keys: a str 'cargo', not a list of records" \
        in str(err.value)


def test_lenient_drops_each_bad_record_with_one_warning_line(capsys) -> None:
    plugin = Returns([figure(TEXT, 7, 9, kind="rumour"), figure(TEXT, 20, 21),
                      Claim("", "", "quantity", 27, 40, "planes.")])
    pm = manager(plugin)
    found = claimcheck.claims(TEXT, pm=pm, config=Config(lenient=True))
    plain = claimcheck.claims(TEXT, pm=manager(Returns([figure(TEXT, 20, 21)])))
    assert [(c.start, c.end, c.kind) for c in found] == [(c.start, c.end, c.kind)
                                                         for c in plain]
    lines = capsys.readouterr().err.splitlines()
    name = name_of(pm, plugin)
    assert lines == [
        f"claimcheck: warning: plugin {name} returned a bad record from extract_claims: "
        "Claim 'rumour' [7:9] '12': unknown claim kind 'rumour' (known: quantity, ratio, "
        "date, range, duration, event, statement) (dropped)",
        f"claimcheck: warning: plugin {name} returned a bad record from extract_claims: "
        "Claim 'quantity' [27:40] 'planes.': span 27:40 ends past the end of the text "
        "(29 characters) (dropped)",
    ]


def test_lenient_drops_a_bad_first_result_and_asks_the_next_plugin(capsys, tmp_path) -> None:
    class Loader:
        @claimcheck.hookimpl
        def load_document(self, source, doc_id, config):
            return "not a document"

    path = tmp_path / "a.txt"
    path.write_text("We saw 12 ships.", encoding="utf-8")
    report = claimcheck.check(str(path), pm=manager(Loader()), config=Config(lenient=True))
    assert report.documents[0].text == "We saw 12 ships."  # the built-in loader's
    assert "load_document: a str 'not a document': not a Document (dropped)" in \
        capsys.readouterr().err


# -- the order and firstresult semantics are pluggy's --------------------------------------


def test_implementations_run_in_pluggys_order_and_firstresult_stops() -> None:
    calls: list[str] = []

    def extractor(label: str, **marks):
        class Extractor:
            @claimcheck.hookimpl(**marks)
            def extract_claims(self, document, segments, config):
                calls.append(label)
                return [figure(document.text, 7, 9)] if label == "plain" else None

            @claimcheck.hookimpl(**marks)
            def claim_time(self, claim, claims, document, config):
                calls.append(label)
                return claimcheck.TimeRef(0, 2, "We", None, None, "year", "1950") \
                    if label != "last" else None

        return Extractor()

    pm = manager(extractor("last", trylast=True), extractor("plain"),
                 extractor("first", tryfirst=True), builtins=False)
    doc = Document("a", TEXT)
    kwargs = {"document": doc, "segments": Segments((), ()), "config": Config()}
    pluggys = pm.hook.extract_claims(**kwargs)
    expected, calls[:] = list(calls), []
    ours = call_hook(pm, "extract_claims", **kwargs)
    assert calls == expected == ["first", "plain", "last"]
    assert ours == pluggys
    claim = ours[0][0]
    kwargs = {"claim": claim, "claims": [claim], "document": doc, "config": Config()}
    calls[:] = []
    assert call_hook(pm, "claim_time", **kwargs) == pm.hook.claim_time(**kwargs)
    assert calls == ["first", "first"]  # the first non-None result stops the call


def test_a_hookwrapper_is_run_by_pluggy_and_its_results_still_checked() -> None:
    seen = []

    class Wrapper:
        @claimcheck.hookimpl(wrapper=True)
        def extract_claims(self, document, segments, config):
            batches = yield
            seen.append(len(batches))
            return [*batches, [figure(document.text, 0, 99, claim_text="x")]]

    pm = manager(Wrapper())
    with pytest.raises(PluginError) as err:
        claimcheck.claims(TEXT, pm=pm)
    assert seen and str(err.value).startswith(
        f"plugin one of {name_of(pm, pm.list_name_plugin()[-1][1])}, ")
    assert "extract_claims: Claim 'quantity' [0:99] 'x': span 0:99 ends past the end" in \
        str(err.value)


# -- 2. errors inside generators and sys.exit name the plugin ------------------------------


class Fails:
    """An extractor that yields one claim, then fails as it is told."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    @claimcheck.hookimpl
    def extract_claims(self, document, segments, config):
        yield figure(document.text, 7, 9)
        raise self.exc


@pytest.mark.parametrize(
    ("exc", "said"),
    [(ValueError("bad table"), "ValueError: bad table"),
     (IndexError("list index out of range"), "IndexError: list index out of range"),
     (SystemExit(3), "SystemExit: 3"),
     (SystemExit(), "SystemExit")],
)
def test_an_error_inside_a_returned_generator_names_the_plugin(exc, said) -> None:
    plugin = Fails(exc)
    pm = manager(plugin)
    assert rejected(pm) == f"plugin {name_of(pm, plugin)} failed in extract_claims: {said}"


def test_sys_exit_in_a_hook_is_a_plugin_error_and_keyboard_interrupt_interrupts() -> None:
    class Exits:
        @claimcheck.hookimpl
        def detect_slant(self, document, sentence, config):
            sys.exit("leaving now")

    pm = manager(Exits())
    with pytest.raises(PluginError) as err:
        claimcheck.check(TEXT, pm=pm)
    assert str(err.value) == (f"plugin {name_of(pm, pm.list_name_plugin()[-1][1])} failed "
                              "in detect_slant: SystemExit: leaving now")
    with pytest.raises(KeyboardInterrupt):
        claimcheck.claims(TEXT, pm=manager(Fails(KeyboardInterrupt())))


def test_a_plugins_own_claimcheck_error_passes_as_it_is() -> None:
    plugin = Fails(claimcheck.LoadError("x.weird: cannot read this format"))
    with pytest.raises(claimcheck.LoadError, match=r"^x\.weird: cannot read this format$"):
        claimcheck.claims(TEXT, pm=manager(plugin))


# -- the CLI: one line and exit 2, or --lenient --------------------------------------------


@pytest.fixture
def cli_plugins(monkeypatch):
    """Run the CLI with these plugins (and the built-ins), as if they were installed."""

    def use(*plugins) -> None:
        for module in ("claimcheck.cli.compare", "claimcheck.cli.inspect"):
            monkeypatch.setattr(importlib.import_module(module), "get_plugin_manager",
                                lambda: manager(*plugins))

    return use


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("We saw 12 ships.\n", encoding="utf-8")
    b.write_text("They counted 14 ships.\n", encoding="utf-8")
    return str(a), str(b)


def test_cli_names_a_bad_plugin_in_one_line(cli_plugins, pair) -> None:
    plugin = Returns([Claim("", "", "quantity", 3, 300, "far")])
    cli_plugins(plugin)
    code, out, err = run("compare", *pair, "-f", "json")
    assert (code, out) == (2, "")
    assert err == (f"claimcheck: error: plugin {type(plugin).__module__}.Returns returned a "
                   "bad record from extract_claims: Claim 'quantity' [3:300] 'far': span "
                   "3:300 ends past the end of the text (17 characters)\n")


def test_cli_sys_exit_in_a_plugin_is_exit_2_naming_it(cli_plugins, pair) -> None:
    cli_plugins(Fails(SystemExit(0)))
    code, out, err = run("compare", *pair)
    assert (code, out) == (2, "")
    assert err == (f"claimcheck: error: plugin {Fails.__module__}.Fails failed in "
                   "extract_claims: SystemExit: 0\n")


def test_cli_lenient_reports_and_warns(cli_plugins, pair) -> None:
    cli_plugins(Returns([Claim("", "", "quantity", 3, 300, "far")]))
    code, out, err = run("compare", *pair, "-f", "json", "--lenient")
    assert code == 0
    assert json.loads(out)["schema"] == "claimcheck/3"
    lines = err.splitlines()
    assert len(lines) == 2  # one a document
    assert all(line.startswith("claimcheck: warning: plugin ") and "[3:300] 'far'" in line
               and line.endswith("(dropped)") for line in lines)


# -- 3. jobs > 1: a plugin that lives only here is refused; a module travels ---------------


def test_jobs_refuse_a_plugin_object_registered_only_here(pair) -> None:
    class Raises:
        @claimcheck.hookimpl
        def extract_claims(self, document, segments, config):
            raise RuntimeError("never seen in a worker")

    plugin = Raises()
    with pytest.raises(PluginError) as err:
        claimcheck.check(*pair, plugins=[plugin], jobs=2)
    name = get_plugin_manager([plugin]).get_name(plugin)
    assert str(err.value) == (
        f"plugin {name} is registered only in this process; jobs > 1 (--jobs) runs workers "
        "that load installed plugins and importable plugin modules only: install it, or use "
        "--jobs 1 (jobs=1)")
    # with one process it runs, and its error is its own
    with pytest.raises(PluginError, match="never seen in a worker"):
        claimcheck.check(*pair, plugins=[plugin], jobs=1)


PLUGIN_MODULE = '''
import sys
from claimcheck.plugin import Claim, hookimpl


@hookimpl
def extract_claims(document, segments, config):
    print("hello from a plugin")
    if "boom" in document.text:
        raise RuntimeError("boom in a worker")
    at = document.text.find("ships")
    if at >= 0:
        yield Claim("", document.id, "event", at, at + 5, "ships", subject="ships")
'''


@pytest.fixture
def plugin_module(tmp_path, monkeypatch):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "cc_ships_plugin.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    module = importlib.import_module("cc_ships_plugin")
    yield module
    sys.modules.pop("cc_ships_plugin", None)


def test_jobs_send_a_plugin_module_to_the_workers(pair, plugin_module, tmp_path) -> None:
    serial = claimcheck.check(*pair, plugins=[plugin_module], jobs=1)
    parallel = claimcheck.check(*pair, plugins=[plugin_module], jobs=2)
    assert parallel == serial
    assert [c.text for c in parallel.claims if c.kind == "event"] == ["ships", "ships"]
    boom = tmp_path / "boom.txt"
    boom.write_text("boom\n", encoding="utf-8")
    with pytest.raises(PluginError) as err:
        claimcheck.check(pair[0], str(boom), plugins=[plugin_module], jobs=2)
    assert str(err.value) == ("plugin cc_ships_plugin failed in extract_claims: "
                              "RuntimeError: boom in a worker")


def test_jobs_keep_the_callers_choice_of_builtins(pair) -> None:
    """A caller's manager without the built-ins is the workers' manager too."""
    from claimcheck.builtin.loader import plugin as loader
    from claimcheck.builtin.segmenter import plugin as segmenter

    pm = get_plugin_manager([loader, segmenter], builtins=False, entry_points=False)
    assert claimcheck.check(*pair, pm=pm, jobs=2).claims == ()
    assert claimcheck.check(*pair, pm=pm, jobs=1).claims == ()


# -- 4. a plugin's print never reaches a report on stdout ----------------------------------


def test_a_plugins_print_goes_to_stderr_while_json_goes_to_stdout(cli_plugins, pair) -> None:
    class Chatty:
        @claimcheck.hookimpl
        def extract_claims(self, document, segments, config):
            print(f"reading {document.id}")

    cli_plugins(Chatty())
    code, out, err = run("compare", *pair, "-f", "json")
    assert code == 0, err
    assert json.loads(out)["schema"] == "claimcheck/3"
    assert err.splitlines() == ["reading a", "reading b"]
    code, out, err = run("claims", pair[0], "-f", "json")
    assert code == 0, err
    assert [c["text"] for c in json.loads(out) if c["kind"] == "quantity"] == ["12"]
    assert err == "reading a\n"


def test_a_plugins_print_in_a_worker_goes_to_stderr(pair, plugin_module) -> None:
    """--jobs 2, a real process: the workers' prints land on stderr too."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(plugin_module.__file__).rsplit("/", 1)[0]!r})
        import cc_ships_plugin
        import claimcheck.cli.compare as compare
        from claimcheck.manager import get_plugin_manager
        compare.get_plugin_manager = lambda: get_plugin_manager([cc_ships_plugin])
        from claimcheck.cli import main
        sys.argv = ["claimcheck", "compare", {pair[0]!r}, {pair[1]!r}, "-f", "json",
                    "--jobs", "2"]
        main()
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [c["text"] for c in data["claims"] if c["kind"] == "event"] == ["ships", "ships"]
    # two workers print at once: their lines may interleave, but all of it is on stderr
    assert proc.stderr.count("hello from a plugin") == 2
    assert set(proc.stderr.replace("hello from a plugin", "")) <= {"\n"}


# -- 5. one sentence never costs the report ------------------------------------------------


ACCORDING = [
    "According to, the army withdrew on June 5, 1950.",
    "According to, 12,000 troops crossed the river.",
    "The army advanced. According to, they said 5 men died.",
    "According to,",
    "according to , the report said nothing.",
]


@pytest.mark.parametrize("text", ACCORDING)
def test_a_sentence_opening_according_to_comma_is_read(text) -> None:
    """It made the statements plugin raise IndexError (an attribution with no name)."""
    claims = claimcheck.claims(text, pm=manager())
    assert all(text[c.start : c.end] == c.text for c in claims)
    report = claimcheck.check(text, "According to Reuters, the army withdrew on June 5, 1950.",
                              pm=manager())
    assert report.documents[0].text == text


def test_cli_reports_a_document_with_an_according_to_comma_sentence(tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(" ".join(ACCORDING) + "\n", encoding="utf-8")
    b.write_text("According to Reuters, the army withdrew on June 5, 1950.\n", encoding="utf-8")
    code, out, err = run("compare", str(a), str(b), "-f", "json")
    assert (code, err) == (0, "")
    assert any(c["kind"] == "statement" for c in json.loads(out)["claims"])


def test_a_per_claim_check_is_prepared_only_for_a_result_and_still_rejects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimcheck import manager as manager_module

    prepared: list[str] = []
    real = manager_module.RECORD_CHECKS["claim_time"]
    assert "claim_time" in manager_module.LAZY_CHECKS

    def counting(kwargs, known_claims):
        prepared.append("claim_time")
        return real(kwargs, known_claims)

    monkeypatch.setitem(manager_module.RECORD_CHECKS, "claim_time", counting)
    answers: list[object] = [None, claimcheck.TimeRef(0, 2, "We", None, None, "year", "1950"),
                             claimcheck.TimeRef(0, 99, "We", None, None, "year", "1950")]

    class Timer:
        @claimcheck.hookimpl
        def claim_time(self, claim, claims, document, config):
            return answers.pop(0)

    pm = manager(Timer(), builtins=False)
    doc = Document("a", TEXT)
    claim = figure(TEXT, 7, 9)
    kwargs = {"claim": claim, "claims": [claim], "document": doc, "config": Config()}
    assert call_hook(pm, "claim_time", **kwargs) is None
    assert prepared == []  # nothing returned: nothing to check
    assert call_hook(pm, "claim_time", **kwargs).timex == "1950"
    assert prepared == ["claim_time"]
    with pytest.raises(PluginError, match="claim_time"):  # a span outside the text
        call_hook(pm, "claim_time", **kwargs)
    # the checks of hooks called once per document are prepared before the call, as ever
    assert "extract_claims" not in manager_module.LAZY_CHECKS
