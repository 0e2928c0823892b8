-- kring schema, version 4: who took part in which wave, as the facilitator
-- says (kring wave attend, the facilitator's page of kring serve, a survey
-- import). Records count too: whoever recorded something in a wave took
-- part in it (see graph.Presences); a mark here counts over that.

CREATE TABLE attendance (
    id        INTEGER PRIMARY KEY,
    wave_id   INTEGER NOT NULL REFERENCES waves (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    present   INTEGER NOT NULL CHECK (present IN (0, 1)),
    UNIQUE (wave_id, person_id)
);
CREATE INDEX attendance_person ON attendance (person_id);
