"""The database schema as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. A migration is appended, never edited: an
older file is upgraded in place by running the ones it lacks, each in its own transaction. Tests open a
file at every earlier version and upgrade it (tests/store/test_migrations.py).
"""
from __future__ import annotations

# Version 1: bodies, officials, cases, parties, files, attachments, events (append-only), full-text search.
V1 = """
CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- law.routing body kinds: district, rural_district, local_executive_body...
    kato TEXT,                          -- the KATO code, for akim tiers (NULL for bodies KATO does not hold)
    kato_edition TEXT,                  -- the classifier's edition the code belongs to
    parent_id INTEGER REFERENCES bodies(id) ON DELETE RESTRICT,  -- the creating or higher body
    is_own INTEGER NOT NULL DEFAULT 0,  -- our own organisation (one at most)
    name_ru TEXT NOT NULL, name_ru_gen TEXT NOT NULL DEFAULT '', name_ru_dat TEXT NOT NULL DEFAULT '',
    name_kk TEXT NOT NULL DEFAULT '', name_kk_gen TEXT NOT NULL DEFAULT '', name_kk_dat TEXT NOT NULL DEFAULT '',
    head_ru TEXT NOT NULL DEFAULT '', head_ru_gen TEXT NOT NULL DEFAULT '', head_ru_dat TEXT NOT NULL DEFAULT '',
    head_kk TEXT NOT NULL DEFAULT '', head_kk_gen TEXT NOT NULL DEFAULT '', head_kk_dat TEXT NOT NULL DEFAULT '',
    address_ru TEXT NOT NULL DEFAULT '', address_kk TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    corrected TEXT NOT NULL DEFAULT '[]',  -- JSON list of the fields the user corrected: a correction wins
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX bodies_kato ON bodies(kato) WHERE kato IS NOT NULL;
CREATE UNIQUE INDEX bodies_own ON bodies(is_own) WHERE is_own = 1;
CREATE INDEX bodies_parent ON bodies(parent_id);

CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('first_head', 'acting_head', 'deputy', 'apparatus_head', 'legal_head',
                                       'executor', 'other')),
    full_name TEXT NOT NULL,            -- «Иванов Иван Иванович»
    full_name_kk TEXT NOT NULL DEFAULT '',
    position_ru TEXT NOT NULL DEFAULT '', position_kk TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    since TEXT, until TEXT,             -- ISO dates of holding office; NULL = open
    supervises_legal INTEGER NOT NULL DEFAULT 0,  -- supervises the legal service (Algorithm п. 8)
    authority_documents TEXT NOT NULL DEFAULT '', -- the documents that confirm a deputy's authority
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX officials_body ON officials(body_id);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,           -- stable across export/import
    direction TEXT NOT NULL DEFAULT 'outgoing' CHECK (direction IN ('outgoing', 'incoming')),
    procedure TEXT NOT NULL CHECK (procedure IN ('civil', 'administrative')),
    rule TEXT NOT NULL,                 -- law.terms rule id
    court_ru TEXT NOT NULL DEFAULT '', court_kk TEXT NOT NULL DEFAULT '',
    case_number TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',   -- предмет иска
    act_kind TEXT NOT NULL DEFAULT '',  -- решение, определение, постановление
    act_announced TEXT,                 -- date the act was announced (оглашено)
    act_final TEXT,                     -- date of the act in final form (в окончательной форме)
    act_received TEXT,                  -- date the body received the act
    trigger_date TEXT NOT NULL,         -- the date the appeal term runs from
    requester_id INTEGER REFERENCES bodies(id) ON DELETE RESTRICT,
    approver_id INTEGER REFERENCES bodies(id) ON DELETE RESTRICT,
    route_rule TEXT NOT NULL DEFAULT '', route_basis TEXT NOT NULL DEFAULT '',
    approver_override_reason TEXT NOT NULL DEFAULT '',  -- why not the body routing proposed
    signatory_id INTEGER REFERENCES officials(id) ON DELETE SET NULL,
    executor_name TEXT NOT NULL DEFAULT '', executor_phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'kk')),
    status TEXT NOT NULL,
    request_number TEXT NOT NULL DEFAULT '', request_sent TEXT,
    received_on TEXT, incoming_number TEXT NOT NULL DEFAULT '',  -- for incoming requests: date of receipt
    decision TEXT CHECK (decision IN ('consented', 'refused') OR decision IS NULL),
    decision_date TEXT, decision_reasons TEXT NOT NULL DEFAULT '',
    complaint_filed TEXT, closed_on TEXT,
    deadlines TEXT NOT NULL DEFAULT '{}',  -- JSON: computed dates with their trail (law.deadlines)
    overrides TEXT NOT NULL DEFAULT '{}',  -- JSON: {field: {date, reason, at}} set by hand; never overwritten
    next_due TEXT,                      -- the nearest open deadline, for sorting the register
    next_due_kind TEXT NOT NULL DEFAULT '',
    parties_text TEXT NOT NULL DEFAULT '',  -- all parties' names, for full-text search
    notes TEXT NOT NULL DEFAULT '',
    kato_edition TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX cases_due ON cases(next_due, id);
CREATE INDEX cases_status ON cases(status, next_due);
CREATE INDEX cases_requester ON cases(requester_id);
CREATE INDEX cases_approver ON cases(approver_id);
CREATE INDEX cases_year ON cases(substr(trigger_date, 1, 4));

CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('plaintiff', 'defendant', 'third_party', 'applicant', 'other')),
    name TEXT NOT NULL,
    id_number TEXT NOT NULL DEFAULT '',  -- ИИН or БИН, validated with its check digit
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX parties_case ON parties(case_id);

CREATE TABLE files (                   -- content-addressed copies in attachments/
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    pages INTEGER,
    created_at TEXT NOT NULL
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES files(sha256) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role IN ('draft_complaint', 'court_act', 'confirming_document', 'request_letter',
                                       'decision', 'proposal', 'other')),
    original_name TEXT NOT NULL,
    pages INTEGER,
    position INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_case ON attachments(case_id);
CREATE INDEX attachments_file ON attachments(sha256);

CREATE TABLE events (                  -- append-only history of each case
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL,           -- no foreign key: the history outlives nothing, but is never rewritten
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old TEXT, new TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_case ON events(case_id, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the case history is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the case history is append-only'); END;

CREATE TABLE calendar_overrides (      -- the user's own days off / working days (law.calendar overrides)
    day TEXT PRIMARY KEY,
    working INTEGER NOT NULL,
    name_ru TEXT NOT NULL DEFAULT '', name_kk TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE VIRTUAL TABLE cases_fts USING fts5(
    case_number, parties_text, court_ru, court_kk, subject,
    content='cases', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, case_number, parties_text, court_ru, court_kk, subject)
    VALUES (new.id, new.case_number, new.parties_text, new.court_ru, new.court_kk, new.subject);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, case_number, parties_text, court_ru, court_kk, subject)
    VALUES ('delete', old.id, old.case_number, old.parties_text, old.court_ru, old.court_kk, old.subject);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF case_number, parties_text, court_ru, court_kk, subject ON cases
BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, case_number, parties_text, court_ru, court_kk, subject)
    VALUES ('delete', old.id, old.case_number, old.parties_text, old.court_ru, old.court_kk, old.subject);
    INSERT INTO cases_fts(rowid, case_number, parties_text, court_ru, court_kk, subject)
    VALUES (new.id, new.case_number, new.parties_text, new.court_ru, new.court_kk, new.subject);
END;
"""

# Version 2: the register's order (``Cases.list``: ORDER BY next_due IS NULL, next_due, id) read from indexes, with
# and without the status, year and direction filters. Before, every page sorted all the cases that matched: in a
# register of 100,000 (benchmarks/store_bench.py) the first page took 125 ms, a page 50,000 rows down 345 ms,
# "requests to us" 160 ms (its count read the whole table), one status or one year 13-18 ms; now 1-4 ms each.
V2 = """
CREATE INDEX cases_register ON cases(next_due IS NULL, next_due, id);
DROP INDEX cases_status;
CREATE INDEX cases_status ON cases(status, next_due IS NULL, next_due, id);
DROP INDEX cases_year;
CREATE INDEX cases_year ON cases(substr(trigger_date, 1, 4), next_due IS NULL, next_due, id);
CREATE INDEX cases_direction ON cases(direction, next_due IS NULL, next_due, id);
"""

# Version 3: the full-text index keeps prefix indexes for prefixes of 1, 2 and 3 characters. The search box matches
# every word as a prefix, and a case number is typed from its start ("2-1" is the phrase "2" "1"*), so short prefixes
# are the common case: at 100,000 cases "Ахмет 2" took 14 ms in the index alone, "2"* 16 ms; now 1 ms and 4 ms. The
# index is rebuilt from the cases (2.6 s at 100,000 cases, once); the triggers of version 1 name the table and go on
# working unchanged. The answers are the same: only how FTS5 finds them changes.
V3 = """
DROP TABLE cases_fts;
CREATE VIRTUAL TABLE cases_fts USING fts5(
    case_number, parties_text, court_ru, court_kk, subject,
    content='cases', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
);
INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');
"""

# Version 4: the approving side and the exchange between akimats (issue 6). For a request received from a lower body:
# who signed it (name and role, as the letter says: the Algorithm п. 6 wants the head or the person acting for them),
# the legal service's proposal (п. 7: consent or refuse, its reasons, its date) and the official of ours who signs the
# decision (п. 8). ``peer_uid``: the identifier of the same request in the other akimat's register (the requesting
# case's uid on an incoming case), so that a decision package finds its way back.
V4 = """
ALTER TABLE cases ADD COLUMN peer_uid TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN request_signatory_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN request_signatory_role TEXT NOT NULL DEFAULT ''
    CHECK (request_signatory_role IN ('', 'first_head', 'acting_head', 'deputy', 'apparatus_head', 'legal_head',
                                      'executor', 'other'));
ALTER TABLE cases ADD COLUMN proposal TEXT CHECK (proposal IN ('consent', 'refuse') OR proposal IS NULL);
ALTER TABLE cases ADD COLUMN proposal_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN proposal_date TEXT;
ALTER TABLE cases ADD COLUMN decision_signatory_id INTEGER REFERENCES officials(id) ON DELETE SET NULL;
CREATE INDEX cases_peer ON cases(peer_uid) WHERE peer_uid <> '';
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4)
SCHEMA_VERSION = len(MIGRATIONS)
