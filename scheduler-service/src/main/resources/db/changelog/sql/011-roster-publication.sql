--liquibase formatted sql

--changeset onpump:scheduler-011-roster-publication
-- A roster the manager published for the days [first_day, end_day) of the department's clock: version 1, 2, ... per
-- department, never changed once written. For each day, the roster in force is the highest version covering it.
CREATE TABLE roster_publication (
  department_id varchar(64) NOT NULL REFERENCES department (id),
  version integer NOT NULL CHECK (version >= 1),
  first_day date NOT NULL,
  end_day date NOT NULL,
  published_by varchar(200) NOT NULL,
  published_at timestamptz NOT NULL,
  note text,
  soft_score bigint NOT NULL,
  PRIMARY KEY (department_id, version),
  CHECK (end_day > first_day)
);

-- Every seat of a publication as it was published: when, where, what, and who holds it (NULL: nobody could be
-- found, which is shown, never hidden). Marks (night, weekend, holiday) are the solver's, for the reports.
CREATE TABLE published_seat (
  department_id varchar(64) NOT NULL,
  version integer NOT NULL,
  seat_id varchar(200) NOT NULL,
  kind varchar(16) NOT NULL,
  hospital_id varchar(64) NOT NULL,
  case_id varchar(64),
  or_room varchar(64),
  procedure_type varchar(64),
  day date NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  night boolean NOT NULL,
  weekend boolean NOT NULL,
  holiday boolean NOT NULL,
  perfusionist_id varchar(64),
  PRIMARY KEY (department_id, version, seat_id),
  FOREIGN KEY (department_id, version) REFERENCES roster_publication (department_id, version),
  CHECK (ends_at > starts_at)
);
CREATE INDEX published_seat_day ON published_seat (department_id, day);
CREATE INDEX published_seat_person ON published_seat (perfusionist_id, starts_at);

-- Who published, edited, pinned, approved or declined what, and when: the workflow's audit trail.
CREATE TABLE workflow_audit (
  id bigserial PRIMARY KEY,
  department_id varchar(64) NOT NULL,
  actor varchar(200) NOT NULL,
  action varchar(64) NOT NULL,
  subject varchar(300) NOT NULL,
  detail text,
  at timestamptz NOT NULL
);
CREATE INDEX workflow_audit_department ON workflow_audit (department_id, id);

-- A perfusionist's request to hand a seat to a colleague (COVER) or to trade seats with them (SWAP). It is checked
-- against the hard rules when asked and again when approved; the colleague accepts, then a manager approves (or
-- the department's policy approves a swap that breaks nothing).
CREATE TABLE swap_request (
  id uuid PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  kind varchar(8) NOT NULL CHECK (kind IN ('SWAP', 'COVER')),
  requested_by varchar(64) NOT NULL REFERENCES perfusionist (id),
  seat_id varchar(200) NOT NULL,
  colleague_id varchar(64) NOT NULL REFERENCES perfusionist (id),
  colleague_seat_id varchar(200),
  status varchar(16) NOT NULL
    CHECK (status IN ('PROPOSED', 'ACCEPTED', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'REFUSED')),
  reason text,
  created_at timestamptz NOT NULL,
  decided_by varchar(200),
  decided_at timestamptz,
  CHECK ((kind = 'SWAP') = (colleague_seat_id IS NOT NULL))
);
CREATE INDEX swap_request_department ON swap_request (department_id, status);

-- A department may let a swap the colleague accepted, and that breaks no hard rule, through without a manager.
ALTER TABLE department_policy ADD COLUMN auto_approve_swaps boolean NOT NULL DEFAULT false;
