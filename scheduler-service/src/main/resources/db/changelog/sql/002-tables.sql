--liquibase formatted sql

--changeset onpump:scheduler-002-tables
CREATE TABLE department (
  id varchar(64) PRIMARY KEY,
  name varchar(200) NOT NULL
);

CREATE TABLE hospital (
  id varchar(64) PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  name varchar(200) NOT NULL,
  time_zone varchar(64) NOT NULL
);

CREATE TABLE perfusionist (
  id varchar(64) PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  display_name varchar(200) NOT NULL,
  email varchar(320) NOT NULL,
  credential_level varchar(32) NOT NULL CHECK (credential_level IN ('STUDENT', 'BOARD_ELIGIBLE', 'CCP'))
);
CREATE INDEX perfusionist_department ON perfusionist (department_id);

CREATE TABLE perfusionist_competency (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  competency varchar(64) NOT NULL,
  PRIMARY KEY (perfusionist_id, competency)
);

-- A case that needs a pump, as the hospital's scheduling system names it. No patient data.
CREATE TABLE pump_case (
  hospital_id varchar(64) NOT NULL REFERENCES hospital (id),
  case_id varchar(64) NOT NULL,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  procedure_type varchar(64) NOT NULL,
  required_competency varchar(64) NOT NULL,
  or_room varchar(64) NOT NULL,
  planned_start timestamptz NOT NULL,
  planned_duration_minutes integer NOT NULL CHECK (planned_duration_minutes > 0),
  hospital_time_zone varchar(64) NOT NULL,
  status varchar(16) NOT NULL CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  started_at timestamptz,
  ended_at timestamptz,
  last_event_id uuid NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (hospital_id, case_id)
);
CREATE INDEX pump_case_department_start ON pump_case (department_id, planned_start);

-- The seat on each case and who holds it (NULL: unfilled), with the plan that was announced with it.
CREATE TABLE assignment (
  hospital_id varchar(64) NOT NULL,
  case_id varchar(64) NOT NULL,
  role varchar(16) NOT NULL CHECK (role IN ('PRIMARY')),
  department_id varchar(64) NOT NULL REFERENCES department (id),
  perfusionist_id varchar(64) REFERENCES perfusionist (id),
  planned_start timestamptz NOT NULL,
  planned_duration_minutes integer NOT NULL,
  or_room varchar(64) NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (hospital_id, case_id, role),
  FOREIGN KEY (hospital_id, case_id) REFERENCES pump_case (hospital_id, case_id)
);
CREATE INDEX assignment_department ON assignment (department_id);

-- Every case event id handled once: redelivery and re-posting change nothing.
CREATE TABLE processed_event (
  event_id uuid PRIMARY KEY,
  department_id varchar(64) NOT NULL,
  hospital_id varchar(64) NOT NULL,
  case_id varchar(64) NOT NULL,
  event_type varchar(64) NOT NULL,
  outcome varchar(32) NOT NULL,
  processed_at timestamptz NOT NULL
);

-- Transactional outbox: events written with the change they announce, published by the relay.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE,
  topic varchar(128) NOT NULL,
  partition_key varchar(64) NOT NULL,
  event_type varchar(64) NOT NULL,
  payload text NOT NULL,
  created_at timestamptz NOT NULL,
  published_at timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
