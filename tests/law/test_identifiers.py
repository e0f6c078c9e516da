"""ИИН and БИН: the layout, the check digit, every error code, and what the check digit can and cannot catch."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from kelisim.law import LawError
from kelisim.law.identifiers import (
    WEIGHTS_FIRST, WEIGHTS_SECOND, Bin, BinAttribute, EntityType, Iin, Sex, check_digit,
    has_valid_check_digit, mask_iin, validate_bin, validate_iin, validate_iin_or_bin,
)


def reference_check_digit(first_eleven: str):
    """The Rules' algorithm written out once more, as plainly as possible, to check the module against."""
    total = 0
    for position in range(11):
        total += int(first_eleven[position]) * (position + 1)
    if total % 11 != 10:
        return total % 11
    weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    total = 0
    for position in range(11):
        total += int(first_eleven[position]) * weights[position]
    return None if total % 11 == 10 else total % 11


# Generated with the algorithm for this table (not taken from people): number, birth date, sex.
VALID_IINS = [
    ("900101300017", date(1990, 1, 1), Sex.MALE),
    ("851231400120", date(1985, 12, 31), Sex.FEMALE),
    ("000229500038", date(2000, 2, 29), Sex.MALE),        # leap day, 21st century
    ("000229600044", date(2000, 2, 29), Sex.FEMALE),
    ("191201100056", date(1819, 12, 1), Sex.MALE),        # 19th century; check digit from the second pass
    ("210702600069", date(2021, 7, 2), Sex.FEMALE),
    ("750615300425", date(1975, 6, 15), Sex.MALE),
    ("991231400109", date(1999, 12, 31), Sex.FEMALE),
    ("061211600012", date(2006, 12, 11), Sex.FEMALE),     # the example of kz-iin-validator; second pass
    ("120305400079", date(1912, 3, 5), Sex.FEMALE),
    ("900101300811", date(1990, 1, 1), Sex.MALE),         # second pass
    ("900101300823", date(1990, 1, 1), Sex.MALE),         # second pass
]

# Published БИН of organisations (banks' branch lists and company registers, collected by python-stdnum
# and kaz-person-id); public business data. Six of them need the second pass.
PUBLISHED_BINS = """
940140000385 171140900016 011140004703 981240000488 031140003104 980740000057 050540004455 011140001654
100240019642 181141900093 990140004654 991240015834 200240900095 210840900029 930440000156 101241001053
061241010270 150440002169 941240000341 011140001666 190740015218 131040003151 140640004517 030840002763
160740009199 930340000261 980340000290 990240003283 140840008587 220140006999 110140001589 960240007379
090440007304 961040000685 910940000091 910940000081 990740001453 960540000294 900740000062 960540000303
990640001380 930640000331 960140000468 081240013779 141040004756 141040030110 981140001105 981140001115
020440002422 180840019420 141140001547 910740000113 910740000044 040840002339 091240012910 150340016393
180840002049 051140003851 090440002968 150740005302 000140001813 021140002283 120940010470 070940008327
180840015606 180840013401 210740028187 950341000052 961141000023 070941024691
""".split()


def codes(fn, text, **kw):
    with pytest.raises(LawError) as info:
        fn(text, **kw)
    return info.value


# --- valid numbers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("number, born, sex", VALID_IINS)
def test_valid_iins_decode_birth_date_and_sex(number, born, sex):
    iin = validate_iin(number)
    assert iin == Iin(number, born, sex)
    assert iin.kind == "iin" and str(iin) == number
    assert validate_iin_or_bin(number) == iin
    assert reference_check_digit(number[:11]) == int(number[11])


@pytest.mark.parametrize("number", PUBLISHED_BINS)
def test_published_bins_are_valid(number):
    b = validate_bin(number)
    assert b.number == number and b.kind == "bin"
    assert validate_iin_or_bin(number) == b
    assert reference_check_digit(number[:11]) == int(number[11])


def test_published_bins_include_the_second_pass():
    second = [n for n in PUBLISHED_BINS
              if sum(int(d) * w for d, w in zip(n, WEIGHTS_FIRST)) % 11 == 10]
    assert len(second) >= 5  # the fallback weights are exercised by real numbers, not only by ours


def test_bin_fields():
    assert validate_bin("940140000385") == Bin("940140000385", 94, 1, EntityType.RESIDENT, BinAttribute.HEAD_UNIT)
    assert validate_bin("950341000052") == Bin("950341000052", 95, 3, EntityType.RESIDENT, BinAttribute.BRANCH)
    b = validate_bin("181141900093")
    assert (b.registration_yy, b.registration_month, b.attribute) == (18, 11, BinAttribute.BRANCH)


def test_bin_kinds_and_attributes_all_decode():
    for type_digit, entity in (("4", EntityType.RESIDENT), ("5", EntityType.NON_RESIDENT),
                               ("6", EntityType.JOINT_ENTREPRENEUR)):
        for attr_digit, attribute in (("0", BinAttribute.HEAD_UNIT), ("1", BinAttribute.BRANCH),
                                      ("2", BinAttribute.REPRESENTATIVE_OFFICE), ("3", BinAttribute.PEASANT_FARM)):
            for serial in range(100):
                prefix = f"2403{type_digit}{attr_digit}{serial:05d}"
                digit = check_digit(prefix)
                if digit is not None:
                    break
            b = validate_bin(prefix + str(digit))
            assert (b.entity_type, b.attribute, b.registration_month) == (entity, attribute, 3)
            assert entity.label("ru") and entity.label("kk") and attribute.label("kk")


def test_spaces_of_any_kind_are_accepted():
    assert validate_iin(" 900 101 300 017 ").number == "900101300017"
    assert validate_iin("900101\u00a0300017\t").number == "900101300017"  # no-break space, tab
    assert validate_bin("990 140 004 654").number == "990140004654"
    assert validate_iin_or_bin("140 840 008 587").kind == "bin"


def test_digit_seven_zero_is_accepted_without_century_and_sex():
    prefix = "83071700123"
    number = prefix + str(check_digit(prefix))
    assert validate_iin(number) == Iin(number, None, None)
    leap = "00022900001"  # 29 February: possible in some year, so accepted when the century is unknown
    assert validate_iin(leap + str(check_digit(leap))).birth_date is None


def test_not_strict_checks_only_length_digits_and_check_digit():
    prefix = "90133170001"  # month 13, digit 7 = 7
    number = prefix + str(check_digit(prefix))
    assert codes(validate_iin, number).code == "iin_century"
    assert validate_iin(number, strict=False) == Iin(number, None, None)
    assert codes(validate_iin, number[:11] + str((int(number[11]) + 1) % 10), strict=False).code == "iin_check_digit"
    bad_bin = "94137000001"
    bad_bin += str(check_digit(bad_bin))
    assert codes(validate_bin, bad_bin).code == "bin_month"
    b = validate_bin(bad_bin, strict=False)
    fields = (b.registration_yy, b.registration_month, b.entity_type, b.attribute)
    assert fields == (94, None, None, BinAttribute.HEAD_UNIT)


# --- every error code --------------------------------------------------------------------------------

def _with_check(prefix: str) -> str:
    digit = check_digit(prefix)
    assert digit is not None
    return prefix + str(digit)


ERRORS = [
    (validate_iin, "", {}, "iin_empty", "ИИН не введён"),
    (validate_iin, "   ", {}, "iin_empty", "ИИН не введён"),
    (validate_iin, "90010130001", {}, "iin_length", "ИИН должен состоять из 12 цифр, а введено 11"),
    (validate_iin, "9001013000170", {}, "iin_length", "а введено 13"),
    (validate_iin, "90010130001X", {}, "iin_not_digits", "знак «X»"),
    (validate_iin, "9OO1013000l7", {}, "iin_not_digits", "буква «О»"),
    (validate_iin, "900101-300017", {}, "iin_not_digits", "знак «-»"),
    (validate_iin, "٩٠٠١٠١٣٠٠٠١٧", {}, "iin_not_digits", "только из цифр"),  # Arabic-Indic digits
    (validate_iin, "900101300012", {}, "iin_check_digit",
     "ИИН 900101300012: неверная контрольная цифра (12-я). Проверьте номер по документу."),
    (validate_iin, "900101300800", {}, "iin_check_impossible", "такой номер не выдаётся"),
    (validate_iin, _with_check("90010170001"), {}, "iin_century", "7-я цифра (7)"),
    (validate_iin, _with_check("90010190001"), {}, "iin_century", "7-я цифра (9)"),
    (validate_iin, _with_check("90023050001"), {}, "iin_birth_date", "(900230)"),
    (validate_iin, _with_check("01022930001"), {}, "iin_birth_date", "такой даты нет"),  # 1901 not leap
    (validate_iin, _with_check("90130130001"), {}, "iin_birth_date", "такой даты нет"),
    (validate_iin, _with_check("90000130001"), {}, "iin_birth_date", "такой даты нет"),
    (validate_iin, _with_check("90023100001"), {}, "iin_birth_date", "такой даты нет"),  # digit 7 = 0
    (validate_iin, _with_check("30010150001"), {"today": date(2026, 5, 9)}, "iin_birth_in_future",
     "01.01.2030 ещё не наступила"),
    (validate_iin, "940140000385", {}, "iin_is_bin", "это БИН, а не ИИН"),
    (validate_bin, "", {}, "bin_empty", "БИН не введён"),
    (validate_bin, "94014000038", {}, "bin_length", "БИН должен состоять из 12 цифр, а введено 11"),
    (validate_bin, "94014000038Б", {}, "bin_not_digits", "знак «Б»"),
    (validate_bin, "940140000386", {}, "bin_check_digit", "БИН 940140000386: неверная контрольная цифра (12-я)"),
    (validate_bin, "940140000960", {}, "bin_check_impossible", "такой номер не выдаётся"),
    (validate_bin, "949940000385", {}, "bin_month", "а здесь 99"),
    (validate_bin, "940040000385", {}, "bin_month", "а здесь 00"),
    (validate_bin, _with_check("94017000038"), {}, "bin_entity_type", "5-я цифра (7)"),
    (validate_bin, _with_check("94014900038"), {}, "bin_attribute", "6-я цифра (9)"),
    (validate_bin, "900101300017", {}, "bin_is_iin", "это ИИН, а не БИН"),
    (validate_iin_or_bin, "", {}, "id_empty", "ИИН/БИН не введён"),
    (validate_iin_or_bin, "1234", {}, "id_length", "ИИН/БИН должен состоять из 12 цифр, а введено 4"),
    (validate_iin_or_bin, "12345678901X", {}, "id_not_digits", "знак «X»"),
    (validate_iin_or_bin, _with_check("94017000038"), {}, "id_kind", "ни ИИН, ни БИН"),
    (validate_iin_or_bin, "900101300012", {}, "iin_check_digit", "ИИН 900101300012"),
    (validate_iin_or_bin, "940140000386", {}, "bin_check_digit", "БИН 940140000386"),
]


@pytest.mark.parametrize("fn, text, kw, code, fragment", ERRORS, ids=[f"{e[3]}-{i}" for i, e in enumerate(ERRORS)])
def test_error_codes_and_messages(fn, text, kw, code, fragment):
    err = codes(fn, text, **kw)
    assert err.code == code
    assert fragment in err.message("ru")
    kk = err.message("kk")
    assert kk and kk != err.message("ru")
    assert ("ЖСН" in kk or "БСН" in kk)


def test_every_code_in_the_docstrings_is_tested():
    documented = {"iin_empty", "iin_not_digits", "iin_length", "iin_century", "iin_birth_date", "iin_is_bin",
                  "iin_check_impossible", "iin_check_digit", "iin_birth_in_future",
                  "bin_empty", "bin_not_digits", "bin_length", "bin_month", "bin_entity_type", "bin_attribute",
                  "bin_is_iin", "bin_check_impossible", "bin_check_digit",
                  "id_empty", "id_not_digits", "id_length", "id_kind"}
    assert documented == {e[3] for e in ERRORS}


def test_today_does_not_refuse_a_birth_date_of_today():
    number = _with_check("26050950001")
    assert validate_iin(number, today=date(2026, 5, 9)).birth_date == date(2026, 5, 9)


def test_the_kazakh_length_message():
    assert codes(validate_iin, "90010130001").message("kk") == "ЖСН 12 цифрдан тұруы керек, ал 11 цифр енгізілген."


def test_wrong_types_are_programming_errors():
    with pytest.raises(TypeError):
        validate_iin(900101300017)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        check_digit("123")


# --- masking -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, masked", [
    ("900101300017", "********0017"),
    (" 900 101 300 017 ", "********0017"),
    ("12345", "*2345"),
    ("1234", "****"),
    ("", ""),
    ("90010130001X", "********001X"),  # never raises
])
def test_mask_iin(text, masked):
    assert mask_iin(text) == masked


def test_masked_property():
    assert validate_iin("900101300017").masked == "********0017"


# --- properties of the check digit ---------------------------------------------------------------------

eleven = st.text(alphabet="0123456789", min_size=11, max_size=11)


@settings(max_examples=2000, deadline=None)
@given(eleven)
def test_at_most_one_check_digit_fits_any_eleven_digits(prefix):
    fitting = [d for d in range(10) if has_valid_check_digit(prefix + str(d))]
    expected = reference_check_digit(prefix)
    assert check_digit(prefix) == expected
    assert fitting == ([] if expected is None else [expected])


def _pass_used(number: str) -> int:
    return 1 if sum(int(d) * w for d, w in zip(number, WEIGHTS_FIRST)) % 11 != 10 else 2


def _undetected_is_possible(original: str, changed: str, position: int) -> bool:
    """When a single changed digit can go unnoticed, per the analysis in the module docstring."""
    if position == 11:
        return False  # the check digit itself: the first eleven fix it
    if position == 10:
        return _pass_used(original) == 1  # weight 11 ≡ 0: the first pass does not see digit 11
    return _pass_used(original) != _pass_used(changed)  # digits 1–10: only when the passes differ


@settings(max_examples=3000, deadline=None)
@given(eleven, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_a_single_changed_digit_is_caught_except_where_the_scheme_is_blind(prefix, position, delta):
    digit = check_digit(prefix)
    if digit is None:
        return
    original = prefix + str(digit)
    changed = original[:position] + str((int(original[position]) + delta) % 10) + original[position + 1:]
    assert has_valid_check_digit(original)
    if has_valid_check_digit(changed):
        assert _undetected_is_possible(original, changed, position)
    if position in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11) and _pass_used(original) == _pass_used(changed):
        assert not has_valid_check_digit(changed)  # same pass: weights 1–10 are invertible mod 11


def test_the_claim_that_mod_11_catches_every_single_digit_error_is_false_here():
    # Exhaustive over a structured sample: every single substitution of 2,000 valid numbers.
    caught = missed_11th = missed_other = 0
    for serial in range(2000):
        prefix = f"900101{3 + serial % 2}{serial:04d}"
        digit = check_digit(prefix)
        if digit is None:
            continue
        original = prefix + str(digit)
        for position in range(12):
            for new in "0123456789":
                if new == original[position]:
                    continue
                changed = original[:position] + new + original[position + 1:]
                if not has_valid_check_digit(changed):
                    caught += 1
                elif position == 10:
                    missed_11th += 1
                else:
                    missed_other += 1
                    assert position != 11
    total = caught + missed_11th + missed_other
    assert missed_11th / (total / 12) > 0.85  # the 11th digit is mostly unprotected
    assert missed_other / total < 0.03  # elsewhere misses are rare but they exist
    assert missed_other > 0


def test_a_concrete_blind_spot_on_a_published_bin():
    # 940140000385 with its 11th digit 8 changed to 0 still has a valid check digit.
    assert has_valid_check_digit("940140000305")
    assert validate_bin("940140000305").number == "940140000305"


def test_weights_are_those_of_the_rules():
    assert WEIGHTS_FIRST == tuple(range(1, 12))
    assert WEIGHTS_SECOND == (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
