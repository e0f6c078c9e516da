"""`kelisim generate` on a real store: the documents written, each recorded in the case's history with its SHA-256."""
from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import docx_text
from kelisim.store import Store

PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n")


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KELISIM_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "kelisim", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_generate_writes_records_and_refuses_what_is_missing(tmp_path):
    from docx import Document

    home = tmp_path / "home"
    draft, act = tmp_path / "draft.docx", tmp_path / "act.pdf"
    Document().save(str(draft))
    act.write_bytes(PDF)
    created = run(home, "case", "new", "--rule", "civil-appeal", "--court", "Кордайский районный суд",
                  "--number", "2-77/2026", "--subject", "о сносе", "--act-final", "2026-02-21",
                  "--requester", "314845000", "--plaintiff", "Иванов Иван Иванович", "--executor", "Ахметова А.",
                  "--attach", f"draft_complaint={draft}", "--attach", f"court_act={act}", "--json")
    assert created.returncode == 0, created.stderr
    case_id = json.loads(created.stdout)["id"]

    refused = run(home, "generate", str(case_id), "--out", str(tmp_path / "out"))
    assert refused.returncode == 2 and "подписант запроса" in refused.stderr  # no head of our body yet
    with Store(home) as store:
        from kelisim.store.bodies import Official

        store.officials.add(Official(None, store.cases.get(case_id).requester_id, "first_head",
                                     "Сейтқали Нұрлан Ержанұлы", position_ru="Аким Касыкского сельского округа"))
    done = run(home, "generate", str(case_id), "--json", "--today", "2026-03-02")
    assert done.returncode == 0, done.stderr
    files = [Path(p) for p in json.loads(done.stdout)["files"]]
    assert [p.parent for p in files] == [home / "documents" / f"case-{case_id}"] * 3
    assert "Аппарат акима Касыкского сельского округа просит согласовать" in docx_text(files[0])
    assert "Н.Е. Сейтқали" in docx_text(files[0])
    with Store(home) as store:
        events = [e for e in store.cases.history(case_id) if e["action"] == "document"]
    assert len(events) == 3
    for event, path in zip(events, files):
        assert event["new"] == f"{path} sha256:{hashlib.sha256(path.read_bytes()).hexdigest()}"
