--liquibase formatted sql

--changeset onpump:scheduler-005-demo-facts
-- The demo department as the full roster model needs it. Demo General is in New York, which licenses perfusionists.
UPDATE hospital SET state = 'NY', licence_required = true WHERE id = 'demo-general';

UPDATE perfusionist p SET certification_expiry = d.expiry
FROM (VALUES ('p-01', DATE '2027-06-30'), ('p-02', DATE '2028-03-31'), ('p-03', DATE '2027-12-31'),
             ('p-04', DATE '2028-09-30'), ('p-05', DATE '2027-09-30'), ('p-06', DATE '2028-06-30'),
             ('p-07', DATE '2027-03-31')) AS d (id, expiry)
WHERE p.id = d.id;
UPDATE perfusionist p SET board_eligible_deadline = d.deadline
FROM (VALUES ('p-08', DATE '2027-06-30'), ('p-09', DATE '2027-09-30'), ('p-10', DATE '2027-12-31'))
  AS d (id, deadline)
WHERE p.id = d.id;
-- Farid works four days a week, Jonas three.
UPDATE perfusionist SET contract_minutes_per_week = 1920 WHERE id = 'p-06';
UPDATE perfusionist SET contract_minutes_per_week = 1440 WHERE id = 'p-10';
UPDATE perfusionist SET avoids_nights = true WHERE id IN ('p-05', 'p-10');

-- Everyone may work at Demo General; David, Farid and Ines live too far out to take first call (30 min).
INSERT INTO perfusionist_privilege (perfusionist_id, hospital_id, minutes_from_home) VALUES
  ('p-01', 'demo-general', 12), ('p-02', 'demo-general', 25), ('p-03', 'demo-general', 18),
  ('p-04', 'demo-general', 35), ('p-05', 'demo-general', 22), ('p-06', 'demo-general', 40),
  ('p-07', 'demo-general', 15), ('p-08', 'demo-general', 28), ('p-09', 'demo-general', 33),
  ('p-10', 'demo-general', 20), ('p-11', 'demo-general', 30), ('p-12', 'demo-general', 14);

INSERT INTO perfusionist_licence (perfusionist_id, state)
SELECT id, 'NY' FROM perfusionist WHERE department_id = 'demo-cardiac';
INSERT INTO perfusionist_licence (perfusionist_id, state) VALUES ('p-01', 'NJ'), ('p-03', 'CT'), ('p-07', 'NJ');

-- Time off relative to the day the database was created, so that a fresh local stack shows some in its demo week.
INSERT INTO perfusionist_time_off (perfusionist_id, starts_at, ends_at) VALUES
  ('p-04', (current_date + 3)::timestamp AT TIME ZONE 'America/New_York',
           (current_date + 5)::timestamp AT TIME ZONE 'America/New_York'),
  ('p-09', (current_date + 8)::timestamp AT TIME ZONE 'America/New_York',
           (current_date + 9)::timestamp AT TIME ZONE 'America/New_York'),
  ('p-06', (current_date + 12)::timestamp AT TIME ZONE 'America/New_York',
           (current_date + 19)::timestamp AT TIME ZONE 'America/New_York');

INSERT INTO perfusionist_day_off_preference (perfusionist_id, day_of_week) VALUES
  ('p-02', 'FRIDAY'), ('p-03', 'MONDAY'), ('p-07', 'SUNDAY'), ('p-07', 'SATURDAY');
INSERT INTO perfusionist_preferred_hospital (perfusionist_id, hospital_id) VALUES ('p-01', 'demo-general');

-- About five months into the certification year (1 July).
INSERT INTO perfusionist_year_to_date (perfusionist_id, primary_activities, secondary_activities, nights, weekends,
  holidays, training_cases, paediatric_training_cases, independent_cases) VALUES
  ('p-01', 12, 4, 9, 4, 1, 0, 0, 0),
  ('p-02', 14, 3, 11, 5, 1, 0, 0, 0),
  ('p-03', 9, 6, 8, 4, 0, 0, 0, 0),
  ('p-04', 13, 2, 12, 6, 2, 0, 0, 0),
  ('p-05', 8, 5, 4, 3, 1, 0, 0, 0),
  ('p-06', 7, 3, 6, 3, 0, 0, 0, 0),
  ('p-07', 11, 4, 10, 2, 1, 0, 0, 0),
  ('p-08', 10, 6, 9, 4, 1, 0, 0, 18),
  ('p-09', 6, 7, 10, 5, 1, 0, 0, 12),
  ('p-10', 9, 2, 3, 2, 0, 0, 0, 31),
  ('p-11', 0, 0, 0, 0, 0, 38, 4, 0),
  ('p-12', 0, 0, 0, 0, 0, 21, 2, 0);

-- US federal holidays Demo General observes.
INSERT INTO department_holiday (department_id, day, name) VALUES
  ('demo-cardiac', DATE '2026-11-26', 'Thanksgiving Day'),
  ('demo-cardiac', DATE '2026-12-25', 'Christmas Day'),
  ('demo-cardiac', DATE '2027-01-01', 'New Year''s Day'),
  ('demo-cardiac', DATE '2027-01-18', 'Martin Luther King Jr. Day'),
  ('demo-cardiac', DATE '2027-02-15', 'Washington''s Birthday'),
  ('demo-cardiac', DATE '2027-05-31', 'Memorial Day'),
  ('demo-cardiac', DATE '2027-06-18', 'Juneteenth (observed)'),
  ('demo-cardiac', DATE '2027-07-05', 'Independence Day (observed)'),
  ('demo-cardiac', DATE '2027-09-06', 'Labor Day'),
  ('demo-cardiac', DATE '2027-11-25', 'Thanksgiving Day'),
  ('demo-cardiac', DATE '2027-12-24', 'Christmas Day (observed)');

-- The demo department's policy is the default except for students: the end-to-end checks count the seats announced
-- for a CABG case, and a training seat would be one more. Set student_seats to true to see students rostered.
INSERT INTO department_policy (department_id, student_seats) VALUES ('demo-cardiac', false);

--changeset onpump:scheduler-005-credential-dates
-- A credential without its date is never valid on any day: refuse it at the door rather than leave a person off
-- every roster without saying why.
ALTER TABLE perfusionist ADD CONSTRAINT perfusionist_ccp_has_expiry
  CHECK (credential_level <> 'CCP' OR certification_expiry IS NOT NULL);
ALTER TABLE perfusionist ADD CONSTRAINT perfusionist_board_eligible_has_deadline
  CHECK (credential_level <> 'BOARD_ELIGIBLE' OR board_eligible_deadline IS NOT NULL);
