-- kring schema, version 5: the history of changes, to undo them.
-- Every change a command makes (kring record, import, person edit, …) is a
-- row of changes; undo_log holds, for each row a change inserted, updated or
-- deleted, the statement that puts it back, written by the triggers below
-- while undo_state.active is set (the store sets it in each write
-- transaction). kring undo runs a change's statements in reverse, as a new
-- change (so undoing an undo redoes). people lists the people a statement is
-- about, so that erasing a person (kring person remove, which cannot be
-- undone) erases every change that holds anything of them. A large import
-- logs one statement for the ties it adds (bulk_from: the last tie ID before
-- it) instead of one per tie.

CREATE TABLE changes (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    network_id INTEGER,
    who        TEXT NOT NULL DEFAULT '',
    what       TEXT NOT NULL DEFAULT '',
    undoes     INTEGER
);

CREATE TABLE undo_log (
    seq       INTEGER PRIMARY KEY,
    change_id INTEGER NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
    people    TEXT NOT NULL DEFAULT '',
    stmt      TEXT NOT NULL
);
CREATE INDEX undo_log_change ON undo_log (change_id);

CREATE TABLE undo_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    change_id INTEGER,
    active    INTEGER NOT NULL DEFAULT 0,
    bulk_from INTEGER
);
INSERT INTO undo_state (id, active) VALUES (1, 0);

CREATE TRIGGER undo_networks_insert AFTER INSERT ON networks WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '',
        'DELETE FROM networks WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_networks_delete AFTER DELETE ON networks WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '',
        'INSERT INTO networks (rowid, id, name, name_key, created_at, lang) VALUES (' || OLD.rowid || ', ' || quote(OLD.id) || ', ' || quote(OLD.name) || ', ' || quote(OLD.name_key) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.lang) || ')');
END;
CREATE TRIGGER undo_networks_update AFTER UPDATE ON networks WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '' || '',
        'UPDATE networks SET ' || 'id = ' || quote(OLD.id) || ', ' || 'name = ' || quote(OLD.name) || ', ' || 'name_key = ' || quote(OLD.name_key) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'lang = ' || quote(OLD.lang) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_people_insert AFTER INSERT ON people WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || NEW.id || ',',
        'DELETE FROM people WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_people_delete AFTER DELETE ON people WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.id || ',',
        'INSERT INTO people (rowid, id, network_id, name, name_key, org, function, created_at) VALUES (' || OLD.rowid || ', ' || quote(OLD.id) || ', ' || quote(OLD.network_id) || ', ' || quote(OLD.name) || ', ' || quote(OLD.name_key) || ', ' || quote(OLD.org) || ', ' || quote(OLD.function) || ', ' || quote(OLD.created_at) || ')');
END;
CREATE TRIGGER undo_people_update AFTER UPDATE ON people WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.id || ',' || NEW.id || ',',
        'UPDATE people SET ' || 'id = ' || quote(OLD.id) || ', ' || 'network_id = ' || quote(OLD.network_id) || ', ' || 'name = ' || quote(OLD.name) || ', ' || 'name_key = ' || quote(OLD.name_key) || ', ' || 'org = ' || quote(OLD.org) || ', ' || 'function = ' || quote(OLD.function) || ', ' || 'created_at = ' || quote(OLD.created_at) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_person_topics_insert AFTER INSERT ON person_topics WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || NEW.person_id || ',',
        'DELETE FROM person_topics WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_person_topics_delete AFTER DELETE ON person_topics WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',',
        'INSERT INTO person_topics (rowid, person_id, kind, topic, topic_key) VALUES (' || OLD.rowid || ', ' || quote(OLD.person_id) || ', ' || quote(OLD.kind) || ', ' || quote(OLD.topic) || ', ' || quote(OLD.topic_key) || ')');
END;
CREATE TRIGGER undo_person_topics_update AFTER UPDATE ON person_topics WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',' || NEW.person_id || ',',
        'UPDATE person_topics SET ' || 'person_id = ' || quote(OLD.person_id) || ', ' || 'kind = ' || quote(OLD.kind) || ', ' || 'topic = ' || quote(OLD.topic) || ', ' || 'topic_key = ' || quote(OLD.topic_key) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_person_aliases_insert AFTER INSERT ON person_aliases WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || NEW.person_id || ',',
        'DELETE FROM person_aliases WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_person_aliases_delete AFTER DELETE ON person_aliases WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',',
        'INSERT INTO person_aliases (rowid, network_id, person_id, name, name_key) VALUES (' || OLD.rowid || ', ' || quote(OLD.network_id) || ', ' || quote(OLD.person_id) || ', ' || quote(OLD.name) || ', ' || quote(OLD.name_key) || ')');
END;
CREATE TRIGGER undo_person_aliases_update AFTER UPDATE ON person_aliases WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',' || NEW.person_id || ',',
        'UPDATE person_aliases SET ' || 'network_id = ' || quote(OLD.network_id) || ', ' || 'person_id = ' || quote(OLD.person_id) || ', ' || 'name = ' || quote(OLD.name) || ', ' || 'name_key = ' || quote(OLD.name_key) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_waves_insert AFTER INSERT ON waves WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '',
        'DELETE FROM waves WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_waves_delete AFTER DELETE ON waves WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '',
        'INSERT INTO waves (rowid, id, network_id, name, name_key, date, seq) VALUES (' || OLD.rowid || ', ' || quote(OLD.id) || ', ' || quote(OLD.network_id) || ', ' || quote(OLD.name) || ', ' || quote(OLD.name_key) || ', ' || quote(OLD.date) || ', ' || quote(OLD.seq) || ')');
END;
CREATE TRIGGER undo_waves_update AFTER UPDATE ON waves WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '' || '',
        'UPDATE waves SET ' || 'id = ' || quote(OLD.id) || ', ' || 'network_id = ' || quote(OLD.network_id) || ', ' || 'name = ' || quote(OLD.name) || ', ' || 'name_key = ' || quote(OLD.name_key) || ', ' || 'date = ' || quote(OLD.date) || ', ' || 'seq = ' || quote(OLD.seq) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_ties_insert AFTER INSERT ON ties WHEN (SELECT active AND (bulk_from IS NULL OR NEW.id <= bulk_from) FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || NEW.source_id || ',' || NEW.target_id || ',',
        'DELETE FROM ties WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_ties_delete AFTER DELETE ON ties WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.source_id || ',' || OLD.target_id || ',',
        'INSERT INTO ties (rowid, id, network_id, wave_id, kind, source_id, target_id, weight, created_at) VALUES (' || OLD.rowid || ', ' || quote(OLD.id) || ', ' || quote(OLD.network_id) || ', ' || quote(OLD.wave_id) || ', ' || quote(OLD.kind) || ', ' || quote(OLD.source_id) || ', ' || quote(OLD.target_id) || ', ' || quote(OLD.weight) || ', ' || quote(OLD.created_at) || ')');
END;
CREATE TRIGGER undo_ties_update AFTER UPDATE ON ties WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.source_id || ',' || OLD.target_id || ',' || NEW.source_id || ',' || NEW.target_id || ',',
        'UPDATE ties SET ' || 'id = ' || quote(OLD.id) || ', ' || 'network_id = ' || quote(OLD.network_id) || ', ' || 'wave_id = ' || quote(OLD.wave_id) || ', ' || 'kind = ' || quote(OLD.kind) || ', ' || 'source_id = ' || quote(OLD.source_id) || ', ' || 'target_id = ' || quote(OLD.target_id) || ', ' || 'weight = ' || quote(OLD.weight) || ', ' || 'created_at = ' || quote(OLD.created_at) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_tie_topics_insert AFTER INSERT ON tie_topics WHEN (SELECT active AND (bulk_from IS NULL OR NEW.tie_id <= bulk_from) FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '',
        'DELETE FROM tie_topics WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_tie_topics_delete AFTER DELETE ON tie_topics WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '',
        'INSERT INTO tie_topics (rowid, tie_id, topic, topic_key) VALUES (' || OLD.rowid || ', ' || quote(OLD.tie_id) || ', ' || quote(OLD.topic) || ', ' || quote(OLD.topic_key) || ')');
END;
CREATE TRIGGER undo_tie_topics_update AFTER UPDATE ON tie_topics WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), '' || '',
        'UPDATE tie_topics SET ' || 'tie_id = ' || quote(OLD.tie_id) || ', ' || 'topic = ' || quote(OLD.topic) || ', ' || 'topic_key = ' || quote(OLD.topic_key) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;

CREATE TRIGGER undo_tie_reporters_insert AFTER INSERT ON tie_reporters WHEN (SELECT active AND (bulk_from IS NULL OR NEW.tie_id <= bulk_from) FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || NEW.person_id || ',',
        'DELETE FROM tie_reporters WHERE ' || 'tie_id = ' || quote(NEW.tie_id) || ' AND ' || 'person_id = ' || quote(NEW.person_id));
END;
CREATE TRIGGER undo_tie_reporters_delete AFTER DELETE ON tie_reporters WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',',
        'INSERT INTO tie_reporters (tie_id, person_id) VALUES (' || quote(OLD.tie_id) || ', ' || quote(OLD.person_id) || ')');
END;
CREATE TRIGGER undo_tie_reporters_update AFTER UPDATE ON tie_reporters WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',' || NEW.person_id || ',',
        'UPDATE tie_reporters SET ' || 'tie_id = ' || quote(OLD.tie_id) || ', ' || 'person_id = ' || quote(OLD.person_id) || ' WHERE ' || 'tie_id = ' || quote(OLD.tie_id) || ' AND ' || 'person_id = ' || quote(OLD.person_id));
END;

CREATE TRIGGER undo_attendance_insert AFTER INSERT ON attendance WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || NEW.person_id || ',',
        'DELETE FROM attendance WHERE ' || 'rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_attendance_delete AFTER DELETE ON attendance WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',',
        'INSERT INTO attendance (rowid, id, wave_id, person_id, present) VALUES (' || OLD.rowid || ', ' || quote(OLD.id) || ', ' || quote(OLD.wave_id) || ', ' || quote(OLD.person_id) || ', ' || quote(OLD.present) || ')');
END;
CREATE TRIGGER undo_attendance_update AFTER UPDATE ON attendance WHEN (SELECT active FROM undo_state)
BEGIN
    INSERT INTO undo_log (change_id, people, stmt) VALUES ((SELECT change_id FROM undo_state), ',' || OLD.person_id || ',' || NEW.person_id || ',',
        'UPDATE attendance SET ' || 'id = ' || quote(OLD.id) || ', ' || 'wave_id = ' || quote(OLD.wave_id) || ', ' || 'person_id = ' || quote(OLD.person_id) || ', ' || 'present = ' || quote(OLD.present) || ' WHERE ' || 'rowid = ' || OLD.rowid);
END;
