--liquibase formatted sql

--changeset onpump:scheduler-009-contact-methods
-- How to reach each perfusionist, in the order to try: the notifier gets these with every notification and page.
-- A person without rows is reached by their email alone.
CREATE TABLE perfusionist_contact_method (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  kind varchar(16) NOT NULL CHECK (kind IN ('EMAIL', 'SMS', 'VOICE', 'SLACK', 'TEAMS')),
  address varchar(2048) NOT NULL,
  pages boolean NOT NULL,
  routine boolean NOT NULL,
  PRIMARY KEY (perfusionist_id, position)
);
-- The chief perfusionist: the last step of every escalation chain.
ALTER TABLE department ADD COLUMN chief_perfusionist_id varchar(64) REFERENCES perfusionist (id);

--changeset onpump:scheduler-009-demo-contact-methods
-- The demo department: Ana Ortiz is chief; every person takes pages by SMS (through the local stack's gateway)
-- and then email, routine notices by email.
UPDATE department SET chief_perfusionist_id = 'p-01' WHERE id = 'demo-cardiac';
INSERT INTO perfusionist_contact_method (perfusionist_id, position, kind, address, pages, routine)
SELECT id, 1, 'SMS', '+1555010' || substr(id, 3, 2), true, false FROM perfusionist WHERE department_id = 'demo-cardiac';
INSERT INTO perfusionist_contact_method (perfusionist_id, position, kind, address, pages, routine)
SELECT id, 2, 'EMAIL', email, true, true FROM perfusionist WHERE department_id = 'demo-cardiac';
