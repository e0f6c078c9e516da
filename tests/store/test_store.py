"""The case register on a real SQLite file: bodies, officials, cases, parties, attachments, history, search."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from kelisim.law import LawError
from kelisim.store import Body, Official, Store, StoreDamaged, StoreError, restore_latest_backup
from kelisim.store.schema import SCHEMA_VERSION

TODAY = date(2026, 3, 1)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] " \
      b"/Count 2 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type /Page >> endobj\n%%EOF\n"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "home", today=TODAY)
    yield s
    s.close()


def civil_case(**extra) -> dict:
    fields = {
        "rule": "civil-appeal", "court_ru": "Кордайский районный суд Жамбылской области",
        "case_number": "2-1234/2026", "subject": "о взыскании ущерба", "act_kind": "решение",
        "act_announced": "2026-02-16", "act_final": "2026-02-21", "act_received": "2026-02-24",
        "parties": [{"role": "plaintiff", "name": "Иванов Иван Иванович"},
                    {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}],
        "executor_name": "Сейтова А.", "executor_phone": "8 (72636) 2-11-11",
    }
    fields.update(extra)
    return fields


def test_a_fresh_data_folder_is_created_with_its_subfolders(tmp_path):
    home = tmp_path / "new"
    with Store(home, today=TODAY) as s:
        assert s.database.version == SCHEMA_VERSION
    for sub in ("attachments", "documents", "backups", "templates"):
        assert (home / sub).is_dir()
    conn = sqlite3.connect(home / "kelisim.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (home / "backups" / "kelisim-2026-03-01.db").exists()


def test_bodies_from_kato_with_their_parents_and_names(store):
    body = store.bodies.from_kato("314845000")
    assert body.kind == "rural_district" and body.name_ru == "Касыкский сельский округ"
    assert body.head_ru_dat == "акиму Касыкского сельского округа" and body.kato_edition == "NK RK 11-2025"
    parents = store.bodies.chain(body.id)
    assert [p.kato for p in parents] == ["314800000", "310000000"]
    assert parents[0].head_kk == "Қордай ауданының әкімі"
    again = store.bodies.from_kato("314845000")
    assert again.id == body.id and len(store.bodies.list()) == 3


def test_a_users_correction_wins_over_the_proposal(store):
    body = store.bodies.from_kato("352200000")
    corrected = store.bodies.correct(body.id, head_ru_dat="акиму города Сарань", phone="8 (72137) 4-00-00")
    assert corrected.head_ru_dat == "акиму города Сарань" and "head_ru_dat" in corrected.corrected
    refreshed = store.bodies.from_kato("352200000")
    assert refreshed.head_ru_dat == "акиму города Сарань" and refreshed.head_ru_gen == "акима города Сарани"
    with pytest.raises(StoreError):
        store.bodies.correct(body.id, parent_id=body.id)


def test_bodies_kato_does_not_hold_and_our_own(store):
    district = store.bodies.from_kato("314000000")
    department = store.bodies.add(Body(None, "local_executive_body", "ГУ «Отдел образования Жамбылского района»",
                                       name_kk="«Жамбыл ауданының білім бөлімі» ММ", parent_id=district.id,
                                       is_own=True, address_ru="с. Аса, ул. Абая, 1"))
    assert store.bodies.own().id == department.id
    assert store.bodies.get(department.id).parent_id == district.id
    assert [b.id for b in store.bodies.search("отдел образования")] == [department.id]
    with pytest.raises(StoreError):
        store.bodies.add(Body(None, "ministry-of-magic", "Х"))


def test_officials_and_who_may_sign_a_decision(store):
    district = store.bodies.from_kato("314800000")
    akim = store.officials.add(Official(None, district.id, "first_head", "Иванов Иван Иванович",
                                        position_ru="Аким Кордайского района", since=date(2024, 1, 10)))
    deputy = store.officials.add(Official(None, district.id, "deputy", "Петров Пётр Петрович", supervises_legal=True,
                                          authority_documents="распоряжение акима №15 от 12.01.2024"))
    store.officials.add(Official(None, district.id, "deputy", "Сидоров С.С.", supervises_legal=False))
    old = store.officials.add(Official(None, district.id, "first_head", "Старый Аким", since=date(2020, 1, 1),
                                       until=date(2024, 1, 9)))
    assert store.officials.head(district.id, TODAY).id == akim.id
    assert store.officials.head(district.id, date(2023, 5, 5)).id == old.id
    assert {o.id for o in store.officials.decision_signatories(district.id, TODAY)} == {akim.id, deputy.id}
    assert akim.initials_surname() == "И.И. Иванов"
    with pytest.raises(StoreError):
        store.officials.add(Official(None, district.id, "deputy", "Х", since=date(2025, 1, 2), until=date(2025, 1, 1)))


def test_case_round_trip_with_deadlines_and_history(store):
    requester = store.bodies.from_kato("314845000")
    case = store.cases.create(civil_case(requester_id=requester.id, approver_id=requester.parent_id), today=TODAY)
    assert case.status == "draft" and case.procedure == "civil" and case.trigger_date == date(2026, 2, 21)
    assert case.deadlines["expiry"] == "2026-03-26" and case.deadlines["request_latest"] == "2026-03-06"
    assert case.next_due == date(2026, 3, 6) and case.next_due_kind == "request_latest"
    assert case.deadlines["trail"] and all("basis" in step for step in case.deadlines["trail"])
    assert [p.name for p in case.parties] == ["Иванов Иван Иванович", "Аппарат акима Касыкского сельского округа"]
    assert store.cases.get(case.id).to_dict() == case.to_dict()
    assert [e["action"] for e in store.cases.history(case.id)] == ["created"]


def test_a_changed_trigger_recomputes_but_a_hand_set_date_stays(store):
    case = store.cases.create(civil_case(), today=TODAY)
    case = store.cases.override_deadline(case.id, "request_latest", date(2026, 3, 5), "акт вручен позже; "
                                         "подтверждено почтовым уведомлением")
    assert case.due("request_latest") == date(2026, 3, 5) and case.next_due == date(2026, 3, 5)
    case = store.cases.update(case.id, {"trigger_date": "2026-02-28", "act_final": "2026-02-28",
                                        "act_received": "2026-03-02"},
                              reason="исправлена дата", today=TODAY)
    assert case.deadlines["expiry"] == "2026-03-30"  # 28.03 is a Saturday
    assert case.due("request_latest") == date(2026, 3, 5) and case.overrides["request_latest"]["reason"]
    actions = [(e["action"], e["field"]) for e in store.cases.history(case.id)]
    assert ("override", "request_latest") in actions and ("recomputed", "deadlines") in actions
    assert ("changed", "trigger_date") in actions
    with pytest.raises(StoreError) as e:
        store.cases.override_deadline(case.id, "expiry", date(2026, 4, 1), "  ")
    assert e.value.code == "reason-required"


def test_workflow_moves_only_along_its_steps(store):
    case = store.cases.create(civil_case(), today=TODAY)
    with pytest.raises(StoreError) as e:
        store.cases.set_status(case.id, "complaint_filed")
    assert e.value.code == "bad-transition" and "запрос направлен" in e.value.message("ru")
    case = store.cases.set_status(case.id, "request_sent", on=date(2026, 3, 4))
    assert case.request_sent == date(2026, 3, 4) and case.next_due_kind == "expiry"
    case = store.cases.set_status(case.id, "consented", on=date(2026, 3, 11))
    assert case.decision == "consented" and case.decision_date == date(2026, 3, 11)
    case = store.cases.set_status(case.id, "complaint_filed", on=date(2026, 3, 20))
    assert case.next_due is None
    assert [e["new"] for e in store.cases.history(case.id) if e["action"] == "status"] == [
        "request_sent", "consented", "complaint_filed"]


def test_an_incoming_request_is_due_for_decision_in_7_working_days(store):
    case = store.cases.create(civil_case(direction="incoming", received_on="2026-03-02", incoming_number="вх-45"),
                              today=TODAY)
    assert case.status == "received" and case.deadlines["decision_due"] == "2026-03-12"
    assert case.next_due == date(2026, 3, 12) and case.next_due_kind == "decision_due"


@pytest.mark.parametrize("fields,code", [
    ({"rule": "civil-apeal"}, "bad-rule"),
    ({"act_final": "2026-02-30"}, "bad-date"),
    ({"act_final": "21.02.2026"}, "bad-date"),
    ({"act_final": None, "act_announced": None}, "no-trigger"),
    ({"act_announced": "2026-02-25"}, "bad-date-order"),
    ({"direction": "incoming", "received_on": "2026-01-01"}, "bad-date-order"),
    ({"procedure": "administrative"}, "bad-procedure"),
    ({"parties": [{"role": "plaintiff", "name": ""}]}, "bad-party"),
    ({"parties": [{"role": "plaintiff", "name": "Иванов", "id_number": "123"}]}, None),
    ({"language": "en"}, "bad-language"),
    ({"subject": "х" * 5000}, "bad-field"),
    ({"colour": "red"}, "bad-field"),
    ({"requester_id": 999}, "body-not-found"),
])
def test_bad_input_is_refused_and_nothing_is_written(store, fields, code):
    with pytest.raises(LawError) as e:
        store.cases.create(civil_case(**fields), today=TODAY)
    if code:
        assert e.value.code == code
    assert e.value.message("ru") and e.value.message("kk")
    assert store.cases.count() == 0


def test_attachments_are_content_addressed_and_checked(store, tmp_path):
    case = store.cases.create(civil_case(), today=TODAY)
    act = tmp_path / "решение.pdf"
    act.write_bytes(PDF)
    a = store.attachments.add(case.id, act, "court_act")
    assert a.pages == 2 and a.mime == "application/pdf" and a.original_name == "решение.pdf"
    stored = store.attachments.path_of(a.sha256)
    assert stored.read_bytes() == PDF and stored.parent.parent == store.home / "attachments"
    b = store.attachments.add(case.id, act, "other", original_name="../../копия.pdf")
    assert b.sha256 == a.sha256 and b.original_name == "копия.pdf"
    assert len(list((store.home / "attachments").rglob("*"))) == 2  # one folder, one file
    assert store.attachments.verify() == []

    fake = tmp_path / "жалоба.pdf"
    fake.write_text("это не PDF", encoding="utf-8")
    empty = tmp_path / "пусто.docx"
    empty.write_bytes(b"")
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ")
    for path, code in ((fake, "file-content"), (empty, "file-empty"), (exe, "file-type"),
                       (tmp_path / "нет.pdf", "file-missing")):
        with pytest.raises(StoreError) as e:
            store.attachments.add(case.id, path, "draft_complaint")
        assert e.value.code == code
    assert "Word" not in store.attachments.of_case(case.id)[0].original_name
    assert len(store.attachments.of_case(case.id)) == 2


def test_full_text_search_and_register_lists(store):
    store.cases.create(civil_case(), today=TODAY)
    store.cases.create(civil_case(case_number="2-99/2026", subject="о признании права собственности",
                                  parties=[{"role": "plaintiff", "name": "ТОО «Береке»"}],
                                  act_announced="2026-01-05", act_final="2026-01-10"), today=TODAY)
    store.cases.create(civil_case(rule="civil-private", case_number="2-5/2026", act_final="2026-02-27",
                                  act_received="2026-02-27"),
                       today=TODAY)
    assert [r["case_number"] for r in store.cases.list(search="береке")] == ["2-99/2026"]
    assert sorted(r["case_number"] for r in store.cases.list(search="иванов ущерб")) == ["2-1234/2026", "2-5/2026"]
    assert [r["case_number"] for r in store.cases.list(search="2-99/2026")] == ["2-99/2026"]
    assert [r["case_number"] for r in store.cases.list(search="БЕРЕКЕ собствен")] == ["2-99/2026"]
    assert store.cases.list(search='"; DROP TABLE cases; --') == []
    rows = store.cases.list()
    assert [r["next_due"] for r in rows] == sorted(r["next_due"] for r in rows)
    # the January decision's request day has passed; so has the private complaint's (10 working days in all)
    assert store.cases.count(overdue_on=TODAY) == 2
    assert store.cases.count(due_within=(TODAY, 5)) >= 2
    board = store.cases.dashboard(TODAY)
    assert board["late"] == 2 and board["open"] == 3
    assert store.cases.courts("Корд") == ["Кордайский районный суд Жамбылской области"]
    assert len(store.cases.list(limit=2)) == 2 and len(store.cases.list(limit=2, offset=2)) == 1


def test_history_is_append_only(store):
    case = store.cases.create(civil_case(), today=TODAY)
    with pytest.raises(sqlite3.DatabaseError):
        store.database.execute("UPDATE events SET user = 'x' WHERE case_id = ?", (case.id,))
    with pytest.raises(sqlite3.DatabaseError):
        store.database.execute("DELETE FROM events")


def test_only_a_draft_can_be_deleted(store):
    case = store.cases.create(civil_case(), today=TODAY)
    store.cases.set_status(case.id, "request_sent", on=TODAY)
    with pytest.raises(StoreError):
        store.cases.delete_draft(case.id)
    draft = store.cases.create(civil_case(), today=TODAY)
    store.cases.delete_draft(draft.id, "создан по ошибке")
    assert store.cases.count() == 1 and store.cases.history(draft.id)[-1]["action"] == "deleted"


def test_a_damaged_database_offers_the_latest_backup(tmp_path):
    home = tmp_path / "home"
    with Store(home, today=TODAY) as s:
        s.cases.create(civil_case(), today=TODAY)
    with Store(home, today=date(2026, 3, 2)) as s:  # the daily backup of 02.03 holds the case
        pass
    db = home / "kelisim.db"
    db.write_bytes(b"garbage" * 1000)
    for side in ("kelisim.db-wal", "kelisim.db-shm"):
        (home / side).unlink(missing_ok=True)
    with pytest.raises(StoreDamaged) as e:
        Store(home, today=TODAY)
    assert e.value.backup.name == "kelisim-2026-03-02.db" and "резервную копию" in e.value.message("ru")
    aside = restore_latest_backup(home)
    assert aside.read_bytes().startswith(b"garbage")
    with Store(home, today=TODAY) as s:
        assert s.cases.count() == 1


def test_a_newer_schema_is_refused_without_change(tmp_path):
    home = tmp_path / "home"
    Store(home, today=TODAY).close()
    conn = sqlite3.connect(home / "kelisim.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError) as e:
        Store(home, today=TODAY)
    assert e.value.code == "newer-schema"


def test_daily_backups_keep_the_last_14(tmp_path):
    home = tmp_path / "home"
    for day in range(1, 20):
        Store(home, today=date(2026, 1, day)).close()
    names = sorted(p.name for p in (home / "backups").glob("kelisim-*.db"))
    assert len(names) == 14 and names[0] == "kelisim-2026-01-06.db"


def test_deadlines_are_json_with_the_contract_fields(store):
    case = store.cases.create(civil_case(), today=TODAY)
    row = store.database.one("SELECT deadlines FROM cases WHERE id = ?", (case.id,))
    data = json.loads(row["deadlines"])
    assert {"rule", "trigger", "expiry", "request_latest", "decision_due", "trail", "warnings"} <= set(data)


def test_the_users_own_day_off_moves_the_deadlines(store):
    from kelisim.law.calendar import CalendarOverride

    before = store.cases.create(civil_case(), today=TODAY)
    assert before.deadlines["request_latest"] == "2026-03-06"
    store.calendar_days.set(CalendarOverride(date(2026, 3, 12), False, "день траура", "аза күні",
                                             "Указ Президента (пример)"))
    after = store.cases.create(civil_case(), today=TODAY)
    assert after.deadlines["request_latest"] == "2026-03-05"  # one working day fewer before the expiry
    with pytest.raises(StoreError):
        store.calendar_days.set(CalendarOverride(date(2026, 3, 5), False, "x", "x", " "))
    store.calendar_days.remove(date(2026, 3, 12))
    assert store.cases.create(civil_case(), today=TODAY).deadlines["request_latest"] == "2026-03-06"


@pytest.mark.parametrize("content, accepted", [
    ("Решение Кордайского районного суда".encode("utf-8"), True),  # the 16th byte falls inside «К»
    (("Служебная записка\n" * 400).encode("utf-8")[:5001], True),  # a character cut where the sample ends
    ("Решение суда\r\nот 02.03.2026".encode("cp1251"), True),  # Notepad on a Russian Windows
    (b"\x00\x01\x02binary", False),
    (bytes(range(0x80, 0x100)) * 4, False),  # neither UTF-8 nor cp1251 text (control bytes, 0x98)
])
def test_plain_text_attachments_are_told_from_binary(store, tmp_path, content, accepted):
    from kelisim.store.attachments import check_file

    path = tmp_path / "записка.txt"
    path.write_bytes(content)
    if accepted:
        assert check_file(path)[0] == "text/plain"
    else:
        with pytest.raises(StoreError) as e:
            check_file(path)
        assert e.value.code == "file-content"


def test_the_days_backup_can_be_taken_on_another_thread_after_the_check(tmp_path):
    """The window checks the file and copies it in the background (a large register takes seconds to copy)."""
    import threading

    with Store(tmp_path / "home", today=TODAY) as first:  # creates the file (and today's backup)
        first.bodies.add(Body(None, "rural_district", "Аппарат акима Касыкского сельского округа", is_own=True))
    for old in (tmp_path / "home" / "backups").glob("*.db"):
        old.unlink()
    store = Store(tmp_path / "home", today=TODAY, verify_on_open=False)
    try:
        assert store.run_daily_backup() is None  # not before the check has passed
        store.accept_check(store.run_check(), backup=False)
        assert not list((tmp_path / "home" / "backups").glob("*.db"))
        made = []
        worker = threading.Thread(target=lambda: made.append(store.run_daily_backup()))
        worker.start()
        worker.join(30)
        assert made and made[0] is not None and made[0].name == f"kelisim-{TODAY.isoformat()}.db"
        assert store.run_daily_backup() is None  # once a day
        with sqlite3.connect(made[0]) as copy:
            assert copy.execute("SELECT name_ru FROM bodies").fetchone()[0].startswith("Аппарат акима")
    finally:
        store.close()


def test_a_new_version_of_an_attachment_takes_the_old_ones_place(store, tmp_path):
    case = store.cases.create(civil_case(), today=TODAY)
    names = []
    for n, role in enumerate(("draft_complaint", "court_act", "other")):
        path = tmp_path / f"файл{n}.pdf"
        path.write_bytes(PDF + f"% {n}\n".encode())
        names.append(store.attachments.add(case.id, path, role).original_name)
    act = store.attachments.of_case(case.id)[1]
    new = tmp_path / "решение (исправленное).pdf"
    new.write_bytes(PDF + b"% new\n")
    replaced = store.attachments.replace(act.id, new)
    assert replaced.role == "court_act"
    assert [a.original_name for a in store.attachments.of_case(case.id)] == [names[0], new.name, names[2]]
    bad = tmp_path / "не pdf.pdf"
    bad.write_text("это не PDF", encoding="utf-8")
    with pytest.raises(StoreError):
        store.attachments.replace(replaced.id, bad)
    assert [a.original_name for a in store.attachments.of_case(case.id)] == [names[0], new.name, names[2]]


def test_the_users_calendar_is_read_once_until_it_changes(store):
    """Every deadline is counted on it: no query per deadline, also while the user has no days of their own."""
    from kelisim.law.calendar import CalendarOverride

    queries = []
    store.database.conn.set_trace_callback(lambda sql: queries.append(sql) if "calendar_overrides" in sql else None)
    first = store.calendar_days.calendar()
    assert store.calendar_days.calendar() is first and len(queries) == 1
    store.calendar_days.set(CalendarOverride(date(2026, 3, 26), False, "День траура", "Аза күні", "Указ (пример)"))
    changed = store.calendar_days.calendar()
    assert changed is not first and not changed.is_working_day(date(2026, 3, 26))
    assert store.calendar_days.calendar() is changed
    store.database.conn.set_trace_callback(None)
