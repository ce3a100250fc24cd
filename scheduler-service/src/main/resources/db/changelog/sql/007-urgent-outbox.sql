--liquibase formatted sql

--changeset onpump:scheduler-007-urgent-outbox
-- Pages jump the outbox queue: the relay publishes urgent rows first, then the rest in the order written.
ALTER TABLE outbox ADD COLUMN urgent boolean NOT NULL DEFAULT false;
CREATE INDEX outbox_unpublished_urgent_first ON outbox (urgent DESC, id) WHERE published_at IS NULL;
DROP INDEX outbox_unpublished;
