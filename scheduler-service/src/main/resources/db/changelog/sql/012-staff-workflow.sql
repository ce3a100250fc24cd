--liquibase formatted sql

-- staff and rules: time-off requests, credential alerts

--changeset onpump:scheduler-012-time-off-requests
-- A perfusionist's request for time off and what became of it. An approved request has its row in
-- perfusionist_time_off (time_off_id), which is what the solver honours; the request itself is never rostered.
CREATE TABLE time_off_request (
  id uuid PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  reason varchar(200),
  status varchar(16) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
  requested_by varchar(200) NOT NULL,
  requested_at timestamptz NOT NULL,
  decided_by varchar(200),
  decided_at timestamptz,
  decision_note varchar(500),
  time_off_id bigint REFERENCES perfusionist_time_off (id) ON DELETE SET NULL,
  CHECK (ends_at > starts_at),
  CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX time_off_request_department ON time_off_request (department_id, status, starts_at);
CREATE INDEX time_off_request_person ON time_off_request (perfusionist_id, starts_at);

--changeset onpump:scheduler-012-credential-alerts
-- Every credential alert sent: one per person, credential date and lead threshold (90, 30, 7 days before...).
-- Inserted in the transaction that queues the notices, so that two scheduler instances never both send one.
CREATE TABLE credential_alert_sent (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  credential varchar(32) NOT NULL CHECK (credential IN ('CERTIFICATION_EXPIRY', 'BOARD_ELIGIBLE_DEADLINE')),
  credential_date date NOT NULL,
  lead_days integer NOT NULL CHECK (lead_days >= 0),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (perfusionist_id, credential, credential_date, lead_days)
);
