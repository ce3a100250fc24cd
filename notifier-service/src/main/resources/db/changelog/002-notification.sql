--liquibase formatted sql

--changeset onpump:2-notification
-- One row per notification: what to tell whom, and how far its delivery got.
CREATE TABLE notification (
  id                 uuid         PRIMARY KEY,
  causation_event_id uuid         NOT NULL,
  perfusionist_id    varchar(64)  NOT NULL,
  department_id      varchar(64)  NOT NULL,
  hospital_id        varchar(64)  NOT NULL,
  urgency            varchar(16)  NOT NULL CHECK (urgency IN ('ROUTINE', 'URGENT')),
  channel            varchar(16)  NOT NULL CHECK (channel IN ('EMAIL')),
  address            varchar(320),
  subject            text         NOT NULL,
  message            text         NOT NULL,
  status             varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts           integer      NOT NULL DEFAULT 0,
  last_error         text,
  next_attempt_at    timestamptz  NOT NULL,
  created_at         timestamptz  NOT NULL,
  sent_at            timestamptz
);
CREATE INDEX notification_by_perfusionist ON notification (perfusionist_id, created_at DESC);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
--rollback DROP TABLE notification;
