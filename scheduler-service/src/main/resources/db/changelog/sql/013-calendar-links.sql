--liquibase formatted sql

-- calendar feeds: secret, revocable links
