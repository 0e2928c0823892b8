-- kring schema, version 6: what kring serve keeps between its runs.
-- Secrets are never stored: a browser's session token and a participant's
-- personal code are kept as their SHA-256 hash only (they are random and
-- 128 bits or more, so a hash cannot be turned back). Everything here about
-- a person goes with the person (ON DELETE CASCADE). The tables are made
-- only when missing, so that a file whose schema was taken back by hand
-- (as tests do) can be brought up to date again.

-- A network's settings for kring serve, and the key its pages' CSRF tokens
-- are made with (an HMAC key: it lets nobody in without a browser's own
-- cookie).
CREATE TABLE IF NOT EXISTS serve_settings (
    network_id    INTEGER PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
    csrf_key      BLOB NOT NULL,
    show_names    INTEGER NOT NULL DEFAULT 0 CHECK (show_names IN (0, 1)),    -- the projector names who answered (else counts)
    map_labels    TEXT NOT NULL DEFAULT 'initials' CHECK (map_labels IN ('name', 'initials')),
    self_register INTEGER NOT NULL DEFAULT 0 CHECK (self_register IN (0, 1)), -- people not on the list may ask to be added
    show_results  INTEGER NOT NULL DEFAULT 0 CHECK (show_results IN (0, 1))   -- participants see their ego map and whom to ask
);

-- Which browser holds a person's name: the hash of its session token.
CREATE TABLE IF NOT EXISTS serve_claims (
    person_id  INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    token_hash BLOB NOT NULL UNIQUE,
    claimed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A participant's personal code (kring serve --codes), as its hash.
CREATE TABLE IF NOT EXISTS serve_codes (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL UNIQUE,
    made_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Names people not on the list typed for themselves, waiting for the
-- facilitator to add them (or to say who they are), with the hash of the
-- browser's session token.
CREATE TABLE IF NOT EXISTS serve_pending (
    id         INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS serve_pending_network ON serve_pending (network_id);

-- Who sent their answers of a wave from the pages, and when (an answer may
-- hold no ties at all: "I know nobody here yet").
CREATE TABLE IF NOT EXISTS serve_answers (
    wave_id     INTEGER NOT NULL REFERENCES waves (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (wave_id, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS serve_answers_person ON serve_answers (person_id);
