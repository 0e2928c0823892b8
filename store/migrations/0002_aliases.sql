-- kring schema, version 2: other names of a person.
-- When two entries of one person are merged (kring person merge), or a person
-- is renamed, the name that goes away stays as an alias: later records and
-- imports that use it find the person instead of adding a new one.

CREATE TABLE person_aliases (
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    PRIMARY KEY (network_id, name_key)
);
CREATE INDEX person_aliases_person ON person_aliases (person_id);
