--liquibase formatted sql

--changeset onpump:scheduler-004-hospitals
-- Where a hospital is (its state, and whether that state requires a perfusion licence) and how far apart the
-- department's hospitals are.
ALTER TABLE hospital ADD COLUMN state varchar(16);
ALTER TABLE hospital ADD COLUMN licence_required boolean NOT NULL DEFAULT false;
ALTER TABLE hospital ADD CONSTRAINT hospital_licence_needs_state CHECK (NOT licence_required OR state IS NOT NULL);

-- Driving time from one hospital to another; a pair missing here is treated as unreachable within a day.
CREATE TABLE hospital_travel (
  from_hospital_id varchar(64) NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
  to_hospital_id varchar(64) NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
  minutes integer NOT NULL CHECK (minutes >= 0),
  PRIMARY KEY (from_hospital_id, to_hospital_id),
  CHECK (from_hospital_id <> to_hospital_id)
);

--changeset onpump:scheduler-004-perfusionists
-- A perfusionist's credential dates, contract and what the roster should know about them. A CCP needs a
-- certification expiry and a board-eligible a deadline (checked once the demo department has them: changeset 005).
ALTER TABLE perfusionist ADD COLUMN certification_expiry date;
ALTER TABLE perfusionist ADD COLUMN board_eligible_deadline date;
ALTER TABLE perfusionist ADD COLUMN contract_minutes_per_week integer NOT NULL DEFAULT 2400
  CHECK (contract_minutes_per_week BETWEEN 0 AND 10080);
ALTER TABLE perfusionist ADD COLUMN avoids_nights boolean NOT NULL DEFAULT false;

-- Where they may work, and how long they take from home to get there (first call must arrive in time).
CREATE TABLE perfusionist_privilege (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  hospital_id varchar(64) NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
  minutes_from_home integer NOT NULL CHECK (minutes_from_home >= 0),
  PRIMARY KEY (perfusionist_id, hospital_id)
);

-- State licences, by state code.
CREATE TABLE perfusionist_licence (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  state varchar(16) NOT NULL,
  PRIMARY KEY (perfusionist_id, state)
);

-- Approved time off: nothing that overlaps it is rostered.
CREATE TABLE perfusionist_time_off (
  id bigserial PRIMARY KEY,
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX perfusionist_time_off_person ON perfusionist_time_off (perfusionist_id, ends_at);

-- Preferences: days they would rather keep free, hospitals they would rather work at (nights: avoids_nights).
CREATE TABLE perfusionist_day_off_preference (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  day_of_week varchar(9) NOT NULL
    CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
  PRIMARY KEY (perfusionist_id, day_of_week)
);
CREATE TABLE perfusionist_preferred_hospital (
  perfusionist_id varchar(64) NOT NULL REFERENCES perfusionist (id) ON DELETE CASCADE,
  hospital_id varchar(64) NOT NULL REFERENCES hospital (id) ON DELETE CASCADE,
  PRIMARY KEY (perfusionist_id, hospital_id)
);

-- What each person has done so far this certification year; no row means nothing yet.
CREATE TABLE perfusionist_year_to_date (
  perfusionist_id varchar(64) PRIMARY KEY REFERENCES perfusionist (id) ON DELETE CASCADE,
  primary_activities integer NOT NULL DEFAULT 0 CHECK (primary_activities >= 0),
  secondary_activities integer NOT NULL DEFAULT 0 CHECK (secondary_activities >= 0),
  nights integer NOT NULL DEFAULT 0 CHECK (nights >= 0),
  weekends integer NOT NULL DEFAULT 0 CHECK (weekends >= 0),
  holidays integer NOT NULL DEFAULT 0 CHECK (holidays >= 0),
  training_cases integer NOT NULL DEFAULT 0 CHECK (training_cases >= 0),
  paediatric_training_cases integer NOT NULL DEFAULT 0 CHECK (paediatric_training_cases >= 0),
  independent_cases integer NOT NULL DEFAULT 0 CHECK (independent_cases >= 0)
);

--changeset onpump:scheduler-004-department-policy
-- The rules a department sets for its roster, one row per department; a department without a row uses these
-- defaults, which are DepartmentPolicy.defaults() (a test keeps the two equal).
CREATE TABLE department_policy (
  department_id varchar(64) PRIMARY KEY REFERENCES department (id) ON DELETE CASCADE,
  second_perfusionist_procedures varchar(64)[] NOT NULL DEFAULT '{CONGENITAL,TRANSPLANT}',
  standby_procedures varchar(64)[] NOT NULL DEFAULT '{OFF_PUMP_CABG,TAVR}',
  board_eligible_may_not_lead varchar(64)[] NOT NULL DEFAULT '{CONGENITAL,TRANSPLANT,AORTIC}',
  complex_procedures varchar(64)[] NOT NULL DEFAULT '{CONGENITAL,TRANSPLANT,AORTIC,REDO}',
  student_seats boolean NOT NULL DEFAULT true,
  on_call_competency varchar(64) NOT NULL DEFAULT 'ADULT_CPB' CHECK (on_call_competency IN ('ADULT_CPB',
    'PAEDIATRIC_CPB', 'ECMO_ADULT', 'ECMO_NEONATAL', 'IABP', 'VAD', 'TRANSPLANT', 'HIPEC',
    'ISOLATED_LIMB_PERFUSION', 'AUTOTRANSFUSION')),
  first_call_response_minutes integer NOT NULL DEFAULT 30 CHECK (first_call_response_minutes > 0),
  rest_minutes integer NOT NULL DEFAULT 480 CHECK (rest_minutes >= 0),
  max_work_minutes integer NOT NULL DEFAULT 960 CHECK (max_work_minutes > 0),
  post_call_rest_minutes integer NOT NULL DEFAULT 480 CHECK (post_call_rest_minutes >= 0),
  travel_between_hospitals boolean NOT NULL DEFAULT true,
  n_plus_one boolean NOT NULL DEFAULT true,
  night_start time NOT NULL DEFAULT '17:00',
  day_start time NOT NULL DEFAULT '07:00',
  ecmo_shift_hours integer NOT NULL DEFAULT 12 CHECK (ecmo_shift_hours BETWEEN 1 AND 24),
  yearly_activities integer NOT NULL DEFAULT 40 CHECK (yearly_activities >= 0),
  yearly_primary_activities integer NOT NULL DEFAULT 25 CHECK (yearly_primary_activities >= 0),
  student_cases integer NOT NULL DEFAULT 75 CHECK (student_cases >= 0),
  student_paediatric_cases integer NOT NULL DEFAULT 10 CHECK (student_paediatric_cases >= 0),
  board_eligible_independent_cases integer NOT NULL DEFAULT 40 CHECK (board_eligible_independent_cases >= 0),
  certification_year_start_month smallint NOT NULL DEFAULT 7,
  certification_year_start_day smallint NOT NULL DEFAULT 1,
  CHECK (day_start < night_start),
  CHECK (yearly_primary_activities <= yearly_activities),
  CHECK (student_paediatric_cases <= student_cases),
  -- 29 February is refused: a certification year must start on a day every year has.
  CHECK (certification_year_start_month BETWEEN 1 AND 12 AND certification_year_start_day BETWEEN 1 AND
    CASE WHEN certification_year_start_month = 2 THEN 28
         WHEN certification_year_start_month IN (4, 6, 9, 11) THEN 30 ELSE 31 END)
);

-- Public holidays the department observes: their on-call seats count toward the fair share of holidays.
CREATE TABLE department_holiday (
  department_id varchar(64) NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  day date NOT NULL,
  name varchar(200) NOT NULL,
  PRIMARY KEY (department_id, day)
);

--changeset onpump:scheduler-004-seats
-- Every seat on a case, not just the primary, and a manager's pin (a pinned seat keeps its holder).
ALTER TABLE assignment DROP CONSTRAINT assignment_role_check;
ALTER TABLE assignment ADD CONSTRAINT assignment_role_check
  CHECK (role IN ('PRIMARY', 'SECOND', 'STUDENT', 'STANDBY'));
ALTER TABLE assignment ADD COLUMN pinned boolean NOT NULL DEFAULT false;

-- First and second call per hospital for each night, weekend day and holiday; seat_id is the roster's own id
-- (<hospital>/<day>/<DAY|NIGHT>/<role>). perfusionist_id NULL: nobody could be found.
CREATE TABLE on_call_seat (
  seat_id varchar(200) PRIMARY KEY,
  department_id varchar(64) NOT NULL REFERENCES department (id),
  hospital_id varchar(64) NOT NULL REFERENCES hospital (id),
  day date NOT NULL,
  part varchar(8) NOT NULL CHECK (part IN ('DAY', 'NIGHT')),
  role varchar(16) NOT NULL CHECK (role IN ('FIRST_CALL', 'SECOND_CALL')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  perfusionist_id varchar(64) REFERENCES perfusionist (id),
  pinned boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  UNIQUE (hospital_id, day, part, role)
);
CREATE INDEX on_call_seat_department_start ON on_call_seat (department_id, starts_at);
