-- A response's answers and comments as one value each (PackedValues: "<length>:<key><length>:<value>..."),
-- so that a save changes one row, not one per answer and comment. Responses saved before keep their
-- rows in tandem_answer and tandem_comment until they are saved again; the store reads both.

ALTER TABLE tandem_response ADD COLUMN IF NOT EXISTS answers_doc TEXT;

ALTER TABLE tandem_response ADD COLUMN IF NOT EXISTS comments_doc TEXT;
