--liquibase formatted sql

-- staff and rules: time-off requests, credential alerts
