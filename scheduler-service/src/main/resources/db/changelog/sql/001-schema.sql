--liquibase formatted sql

--changeset onpump:scheduler-001-schema
CREATE SCHEMA IF NOT EXISTS scheduler;
