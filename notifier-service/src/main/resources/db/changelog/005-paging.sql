--liquibase formatted sql

--changeset onpump:5-channels
-- Every channel, not only email; the person's contact methods to try in order (JSON), which one is being tried,
-- and the tries on it. A failing method hands the notification to the next one.
ALTER TABLE notification DROP CONSTRAINT notification_channel_check;
ALTER TABLE notification ADD CONSTRAINT notification_channel_check
  CHECK (channel IN ('EMAIL', 'SMS', 'VOICE', 'SLACK', 'TEAMS'));
ALTER TABLE notification ADD COLUMN contact_methods jsonb NOT NULL DEFAULT '[]';
ALTER TABLE notification ADD COLUMN method_index integer NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN method_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN page_id uuid;
ALTER TABLE notification ADD COLUMN ack_url text;
-- Webhook URLs are longer than email addresses.
ALTER TABLE notification ALTER COLUMN address TYPE varchar(2048);
-- CANCELLED: a page's notification not sent yet when someone acknowledged the page.
ALTER TABLE notification DROP CONSTRAINT notification_status_check;
ALTER TABLE notification ADD CONSTRAINT notification_status_check
  CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));

--changeset onpump:5-pages
-- A page needs an acknowledgement; until it has one, its escalation timers fire one after another.
CREATE TABLE page (
  id                 uuid         PRIMARY KEY,
  kind               varchar(16)  NOT NULL CHECK (kind IN ('EMERGENCY', 'ON_CALL')),
  causation_event_id uuid         NOT NULL,
  department_id      varchar(64)  NOT NULL,
  hospital_id        varchar(64)  NOT NULL,
  subject            text         NOT NULL,
  message            text         NOT NULL,
  status             varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'EXHAUSTED')),
  created_at         timestamptz  NOT NULL,
  acknowledged_by    varchar(64),
  acknowledged_at    timestamptz,
  acknowledged_via   varchar(16)  CHECK (acknowledged_via IN ('LINK', 'API', 'WEB'))
);
CREATE INDEX page_by_department ON page (department_id, created_at DESC);

-- Who the page's chain may reach: the person paged first, the second call, the chief, as the sender named them.
CREATE TABLE page_contact (
  page_id         uuid         NOT NULL REFERENCES page (id) ON DELETE CASCADE,
  role            varchar(16)  NOT NULL CHECK (role IN ('PAGED', 'SECOND_CALL', 'CHIEF')),
  perfusionist_id varchar(64)  NOT NULL,
  display_name    varchar(200),
  email           varchar(320),
  contact_methods jsonb        NOT NULL,
  PRIMARY KEY (page_id, role)
);

-- One row per escalation step, all planned when the page opens; each fires once (outcome set), under a row lock taken with SKIP
-- LOCKED, in the transaction that records the step's notification.
CREATE TABLE escalation_timer (
  page_id  uuid         NOT NULL REFERENCES page (id) ON DELETE CASCADE,
  step     integer      NOT NULL CHECK (step >= 1),
  target   varchar(16)  NOT NULL CHECK (target IN ('PAGED', 'SECOND_CALL', 'CHIEF')),
  due_at   timestamptz  NOT NULL,
  fired_at timestamptz,
  fired_by varchar(100),
  outcome  text,
  PRIMARY KEY (page_id, step)
);
CREATE INDEX escalation_timer_due ON escalation_timer (due_at) WHERE outcome IS NULL;

-- A department's own chain for a kind of page; without a row, the deployment's default (onpump.paging.chains).
CREATE TABLE escalation_policy (
  department_id varchar(64)  NOT NULL,
  page_kind     varchar(16)  NOT NULL CHECK (page_kind IN ('EMERGENCY', 'ON_CALL')),
  steps         jsonb        NOT NULL,
  updated_at    timestamptz  NOT NULL,
  PRIMARY KEY (department_id, page_kind)
);

-- Each acknowledgement link works once: the notification it came with, when it was used and what it did.
CREATE TABLE ack_link_use (
  notification_id uuid         PRIMARY KEY,
  used_at         timestamptz  NOT NULL,
  outcome         text         NOT NULL
);

--changeset onpump:5-audit
-- Every attempt, failure, fallback, escalation step and acknowledgement, for the department's manager to read.
CREATE TABLE audit_entry (
  id              bigserial    PRIMARY KEY,
  at              timestamptz  NOT NULL,
  department_id   varchar(64)  NOT NULL,
  action          varchar(32)  NOT NULL,
  page_id         uuid,
  notification_id uuid,
  perfusionist_id varchar(64),
  channel         varchar(16),
  detail          text
);
CREATE INDEX audit_by_department ON audit_entry (department_id, at);
CREATE INDEX audit_by_page ON audit_entry (page_id) WHERE page_id IS NOT NULL;
