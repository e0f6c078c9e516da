"""Generating documents: the request and the decision of one case (median), and 1,000 cases in a batch.

Baseline, measured in the same run: opening the same two built-in templates with python-docx and saving them
unchanged — the floor any DOCX generation pays. Target (issue 4): ≤ 150 ms median for the pair."""
from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path


def bench_documents(repeat: int = 30, batch: int = 1000) -> dict:
    from docx import Document

    from kelisim.documents.generate import generate_documents
    from kelisim.documents.sample import sample_bundle
    from kelisim.documents.templates import builtin_template

    bundle = sample_bundle(decision="consented")
    paths = [builtin_template(kind, "ru").path for kind in ("request", "decision")]

    def baseline() -> None:
        for path in paths:
            Document(str(path)).save(io.BytesIO())

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate_documents(bundle, out, kinds=("request", "decision"))  # warm-up: imports, first parse
        baseline()
        gen, base = [], []
        for i in range(repeat):
            t0 = time.perf_counter()
            generate_documents(bundle, out / str(i), kinds=("request", "decision"))
            gen.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            baseline()
            base.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i in range(batch):
            bundle.case.case_number = f"2-{i}/2026"
            generate_documents(bundle, out / "batch", kinds=("request", "decision"))
        batch_s = time.perf_counter() - t0
        written = len(list((out / "batch").glob("*.docx")))
    pair_ms = statistics.median(gen) * 1000
    base_ms = statistics.median(base) * 1000
    return {"scenario": "documents (request + decision)", "pair_ms": round(pair_ms, 1),
            "baseline_open_save_ms": round(base_ms, 1), "ratio": round(pair_ms / base_ms, 2),
            f"batch_{batch}_s": round(batch_s, 1), "batch_files": written,
            "target": "≤ 150 ms per pair", "ok": pair_ms <= 150 and written == 2 * batch}


if __name__ == "__main__":
    print(bench_documents())
