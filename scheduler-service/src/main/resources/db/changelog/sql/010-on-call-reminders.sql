--liquibase formatted sql

--changeset onpump:scheduler-010-on-call-reminders
-- Who was reminded of an on-call seat before it starts: a new holder is reminded again, the same one never twice.
ALTER TABLE on_call_seat ADD COLUMN reminded_holder varchar(64);
