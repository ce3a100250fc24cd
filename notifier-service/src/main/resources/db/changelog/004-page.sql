--liquibase formatted sql

--changeset onpump:4-page
-- A page (an urgent request from another service, such as an emergency's) goes before every other urgent
-- notification, such as a short-notice assignment change.
ALTER TABLE notification ADD COLUMN page boolean NOT NULL DEFAULT false;
