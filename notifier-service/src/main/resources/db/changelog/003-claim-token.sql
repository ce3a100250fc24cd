--liquibase formatted sql

--changeset onpump:3-claim-token
-- Who holds a notification's lease: a dispatcher sends and settles only the rows it still holds.
ALTER TABLE notification ADD COLUMN claim_token uuid;
