--liquibase formatted sql

--changeset onpump:scheduler-008-emergency-pages
-- Who each emergency paged, decided once: by the fast lane as soon as the emergency is on Kafka, or by the
-- department's listener when it applies the event first. The other one finds the row and pages nobody again.
CREATE TABLE emergency_page (
  emergency_event_id uuid PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  hospital_id varchar(64) NOT NULL,
  case_id varchar(64) NOT NULL,
  responder_id varchar(64),
  responder_kind varchar(32),
  paged_at timestamptz NOT NULL,
  paged_by varchar(32) NOT NULL
);
