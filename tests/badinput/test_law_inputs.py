"""Typed fields that go to the law: dates as a lawyer types them (``cli.parse_date``), the deadline chain for any rule
id and any dates (``law.deadlines.compute_deadlines``), ИИН/БИН of the parties (``law.identifiers``), KATO codes for
the route (``directory.routing.route_kato``), and the same through the command line (exit code 0 or 2, one line)."""
from __future__ import annotations

import contextlib
import io
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from conftest import any_dates, date_texts, examples, refused_properly, texts
from kelisim.law import LawError
from kelisim.law.terms import RULES

rule_ids = st.one_of(st.sampled_from(sorted(RULES)), texts,
                     st.sampled_from(["", "CIVIL-APPEAL", "civil-appeal ", "civil_appeal", "cassation",
                                      "civil-appeal\x00", "admin"]))


@examples(1500)
@given(date_texts)
def test_parse_date_answers_a_date_or_says_what_is_wrong(text):
    from kelisim.cli import parse_date

    try:
        day = parse_date(text)
    except LawError as exc:
        refused_properly(exc)
        assert exc.code == "bad-date"
        return
    assert isinstance(day, date)
    assert day == date(*map(int, text.strip().split("-")))  # what was typed, not a nearby day


@examples(1500)
@given(rule_ids, any_dates, st.one_of(st.none(), any_dates), st.one_of(st.none(), any_dates))
def test_deadlines_for_any_rule_and_any_dates(rule, trigger, received, today):
    from kelisim.law.deadlines import compute_deadlines

    try:
        result = compute_deadlines(rule, trigger, received=received, today=today)
    except LawError as exc:
        refused_properly(exc)
        return
    assert result.expiry >= result.trigger and result.request_latest <= result.expiry
    assert result.trail and all(step.basis("ru") is not None for step in result.trail)
    result.to_dict("kk")
    assert result.explain("ru") and result.explain("kk")


id_texts = st.one_of(st.from_regex(r"\A[0-9]{12}\Z"), st.from_regex(r"\A[0-9 ]{8,16}\Z"),
                     st.from_regex(r"\A[0-9OОoо lI|-]{10,14}\Z"), texts,
                     st.text("0123456789٠١٢٣٤٥٦٧٨٩０１２", max_size=14))


@examples(1000)
@given(id_texts, st.booleans(), st.one_of(st.none(), any_dates), st.sampled_from(["any", "iin", "bin"]))
def test_iin_and_bin_are_decoded_or_refused(text, strict, today, kind):
    from kelisim.law import identifiers

    check = {"any": identifiers.validate_iin_or_bin, "iin": identifiers.validate_iin,
             "bin": identifiers.validate_bin}[kind]
    kwargs = {"strict": strict, **({"today": today} if kind != "bin" else {})}
    try:
        number = check(text, **kwargs)
    except LawError as exc:
        refused_properly(exc)
        return
    assert len(number.number) == 12 and number.number.isdigit() and number.number.isascii()
    assert identifiers.has_valid_check_digit(number.number)


@examples(400)
@given(st.one_of(st.from_regex(r"\A[0-9]{9}\Z"), st.sampled_from(["314845000", "314800000", "310000000", "750000000",
                                                                  "000000000", "314845"]), texts),
       st.one_of(st.sampled_from(["civil", "administrative"]), texts), st.sampled_from(["appeal", "cassation", "x"]))
def test_route_for_any_kato_text(kato, procedure, stage):
    from kelisim.directory.routing import route_kato

    try:
        result = route_kato(kato, procedure, stage)
    except LawError as exc:
        refused_properly(exc)
        return
    data = result.to_dict()
    assert data["requester"]["kato"] and isinstance(data["consent_required"], bool)


def cli(argv: list[str]) -> tuple[int, str, str]:
    from kelisim.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: a malformed command line
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def one_line_or_result(code, out, err) -> None:
    assert code in (0, 2), f"exit {code}: {err}"
    if code == 2:
        assert err.startswith("kelisim: ") and err.count("\n") == 1 and "Traceback" not in err, err


@examples(200)
@given(rule_ids, date_texts, st.one_of(st.none(), date_texts), st.one_of(st.none(), date_texts),
       st.sampled_from(["ru", "kk"]), st.booleans())
def test_kelisim_deadlines_answers_or_says_what_is_wrong(rule, trigger, received, today, lang, as_json):
    argv = ["deadlines", "--lang", lang, *(["--json"] if as_json else [])]
    for option, value in (("--received", received), ("--today", today)):
        if value is not None:
            argv.append(f"{option}={value}")
    argv += ["--", rule, trigger]
    one_line_or_result(*cli(argv))


@examples(150)
@given(st.one_of(st.integers(-10 ** 6, 10 ** 6).map(str), st.sampled_from(["1990", "1991", "2100", "2101", "0", "-0",
                                                                           "9" * 50, "2026.0", "２０２６", "1e3"]),
                 texts), st.booleans())
def test_kelisim_calendar_for_any_year(year, as_json):
    code, out, err = cli(["calendar", *(["--json"] if as_json else []), "--", year])
    one_line_or_result(code, out, err)
