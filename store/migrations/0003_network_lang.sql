-- kring schema, version 3: a network's own language.
-- What is made for the group (maps, charts, the report, handouts) is in the
-- network's language: 'nl' or 'en', or '' when none was chosen (then the
-- language of the person who makes it).

ALTER TABLE networks ADD COLUMN lang TEXT NOT NULL DEFAULT '' CHECK (lang IN ('', 'nl', 'en'));
