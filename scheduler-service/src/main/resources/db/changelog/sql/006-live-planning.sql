--liquibase formatted sql

--changeset onpump:scheduler-006-live-planning
-- When the hospital says the case's last applied event happened: an older event arriving later is stale.
ALTER TABLE pump_case ADD COLUMN last_event_at timestamptz;
UPDATE pump_case SET last_event_at = updated_at;
ALTER TABLE pump_case ALTER COLUMN last_event_at SET NOT NULL;
-- The case changed since the department was last replanned: its last event is the cause of what moves on it.
ALTER TABLE pump_case ADD COLUMN replan_pending boolean NOT NULL DEFAULT false;
CREATE INDEX pump_case_replan_pending ON pump_case (department_id) WHERE replan_pending;

-- What became of every case event: APPLIED, STALE (older than what the case already knows), PARKED (about a case
-- not booked yet: applied when the booking arrives) or REJECTED (an impossible transition), with the reason.
ALTER TABLE processed_event ADD COLUMN reason text;
ALTER TABLE processed_event ADD COLUMN occurred_at timestamptz;
-- A parked event, in its contract JSON form (no patient data), to apply once its case is booked.
ALTER TABLE processed_event ADD COLUMN parked_event text;
CREATE INDEX processed_event_parked ON processed_event (hospital_id, case_id) WHERE outcome = 'PARKED';

-- Records that could not be processed, for an operator: unreadable or invalid events, events for unknown
-- hospitals, impossible transitions. Reasons name fields; the raw record stays on the dead-letter topic only.
CREATE TABLE rejected_event (
  id bigserial PRIMARY KEY,
  event_id uuid,
  event_type varchar(64),
  department_id varchar(64),
  hospital_id varchar(64),
  case_id varchar(64),
  reason text NOT NULL,
  source_topic varchar(200),
  source_partition integer,
  source_offset bigint,
  rejected_at timestamptz NOT NULL,
  UNIQUE (source_topic, source_partition, source_offset)
);
CREATE UNIQUE INDEX rejected_event_event ON rejected_event (event_id) WHERE source_topic IS NULL;
CREATE INDEX rejected_event_department ON rejected_event (department_id, id);

-- Which instance plans the department now (a fencing epoch, raised by every new owner), and whether events were
-- applied that the stored roster does not reflect yet.
CREATE TABLE department_plan (
  department_id varchar(64) PRIMARY KEY REFERENCES department (id) ON DELETE CASCADE,
  owner varchar(200),
  epoch bigint NOT NULL DEFAULT 0,
  dirty boolean NOT NULL DEFAULT false,
  dirty_cause uuid,
  planned_at timestamptz,
  updated_at timestamptz NOT NULL
);
INSERT INTO department_plan (department_id, updated_at) SELECT id, now() FROM department;

-- Who answers an emergency bypass when first call cannot: the order the department pages in.
ALTER TABLE department_policy ADD COLUMN emergency_responders varchar(32)[] NOT NULL
  DEFAULT '{FIRST_CALL,SECOND_CALL,NEAREST_FREE}';

-- A dead letter written through the outbox carries its reason as a header.
ALTER TABLE outbox ADD COLUMN dead_letter_reason text;
