-- kring schema, version 1.
-- A file holds several networks; people, waves and ties belong to one.
-- Names are kept as first written (name) and matched by name_key
-- (NFKD, combining marks dropped, case folded, white space folded).

PRAGMA application_id = 1800563054; -- 'kRin' as a big-endian int32: marks a kring database

CREATE TABLE networks (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Small key/value settings, such as the network chosen with "kring network use".
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    org        TEXT NOT NULL DEFAULT '',
    function   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (network_id, name_key)
);

-- Topics a person offers (can help with) or needs (wants help with).
CREATE TABLE person_topics (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('offers', 'needs')),
    topic     TEXT NOT NULL,
    topic_key TEXT NOT NULL,
    PRIMARY KEY (person_id, kind, topic_key)
); -- a rowid table: rowid keeps the order topics were written in

CREATE TABLE waves (
    id         INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    date       TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    seq        INTEGER NOT NULL,
    UNIQUE (network_id, name_key),
    UNIQUE (network_id, seq)
);

-- A help tie (kind 'help', source = giver, target = receiver) or a contact
-- (kind 'contact', undirected, stored with source < target). One row per
-- pair, kind and wave: a tie recorded from both ends is one row with two
-- reporters.
CREATE TABLE ties (
    id         INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    wave_id    INTEGER NOT NULL REFERENCES waves (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('help', 'contact')),
    source_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    target_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    weight     REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (source_id <> target_id),
    CHECK (kind = 'help' OR source_id < target_id)
);
-- One row per network, wave, kind and pair. source_id comes first so that
-- this index also finds a person's ties as giver (for the cascade when a
-- person is removed); ties_target finds them as receiver. Large imports drop
-- both indexes and build them again at the end of their transaction
-- (store/import.go has the same statements and a test keeps them equal).
CREATE UNIQUE INDEX ties_key ON ties (source_id, target_id, wave_id, kind, network_id);
CREATE INDEX ties_target ON ties (target_id);

CREATE TABLE tie_topics (
    tie_id    INTEGER NOT NULL REFERENCES ties (id) ON DELETE CASCADE,
    topic     TEXT NOT NULL,
    topic_key TEXT NOT NULL,
    PRIMARY KEY (tie_id, topic_key)
);

-- Who recorded a tie. A help tie reported by its giver and its receiver is confirmed.
CREATE TABLE tie_reporters (
    tie_id    INTEGER NOT NULL REFERENCES ties (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (tie_id, person_id)
) WITHOUT ROWID;
CREATE INDEX tie_reporters_person ON tie_reporters (person_id);
