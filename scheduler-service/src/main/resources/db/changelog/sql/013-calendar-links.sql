--liquibase formatted sql

-- calendar feeds: secret, revocable links

--changeset onpump:scheduler-013-calendar-links
-- A secret link to a calendar feed: one person's published seats (perfusionist_id set) or the whole department's
-- (perfusionist_id NULL). Only the SHA-256 of the link's token is kept, so the table never gives a feed away;
-- revoking a link (revoked_at) makes its feed answer 404 from then on.
CREATE TABLE calendar_link (
  id uuid PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  perfusionist_id varchar(64) REFERENCES perfusionist (id) ON DELETE CASCADE,
  token_sha256 char(64) NOT NULL UNIQUE,
  created_by varchar(200) NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_by varchar(200),
  revoked_at timestamptz,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX calendar_link_owner ON calendar_link (department_id, perfusionist_id);
