--liquibase formatted sql

--changeset onpump:scheduler-003-demo-department
-- The demo department the local stack and the notifier rely on: one hospital with ORs OR-1..OR-3, 12 perfusionists.
INSERT INTO department (id, name) VALUES ('demo-cardiac', 'Demo Cardiac Perfusion');
INSERT INTO hospital (id, department_id, name, time_zone)
VALUES ('demo-general', 'demo-cardiac', 'Demo General Hospital', 'America/New_York');

INSERT INTO perfusionist (id, department_id, display_name, email, credential_level) VALUES
  ('p-01', 'demo-cardiac', 'Ana Ortiz', 'ana.ortiz@demo.onpump.org', 'CCP'),
  ('p-02', 'demo-cardiac', 'Ben Carter', 'ben.carter@demo.onpump.org', 'CCP'),
  ('p-03', 'demo-cardiac', 'Chloe Nguyen', 'chloe.nguyen@demo.onpump.org', 'CCP'),
  ('p-04', 'demo-cardiac', 'David Okafor', 'david.okafor@demo.onpump.org', 'CCP'),
  ('p-05', 'demo-cardiac', 'Elena Rossi', 'elena.rossi@demo.onpump.org', 'CCP'),
  ('p-06', 'demo-cardiac', 'Farid Haddad', 'farid.haddad@demo.onpump.org', 'CCP'),
  ('p-07', 'demo-cardiac', 'Grace Kim', 'grace.kim@demo.onpump.org', 'CCP'),
  ('p-08', 'demo-cardiac', 'Hugo Lambert', 'hugo.lambert@demo.onpump.org', 'BOARD_ELIGIBLE'),
  ('p-09', 'demo-cardiac', 'Ines Silva', 'ines.silva@demo.onpump.org', 'BOARD_ELIGIBLE'),
  ('p-10', 'demo-cardiac', 'Jonas Berg', 'jonas.berg@demo.onpump.org', 'BOARD_ELIGIBLE'),
  ('p-11', 'demo-cardiac', 'Kara Singh', 'kara.singh@demo.onpump.org', 'STUDENT'),
  ('p-12', 'demo-cardiac', 'Liam Walsh', 'liam.walsh@demo.onpump.org', 'STUDENT');

INSERT INTO perfusionist_competency (perfusionist_id, competency) VALUES
  ('p-01', 'ADULT_CPB'),
  ('p-01', 'PAEDIATRIC_CPB'),
  ('p-01', 'ECMO_ADULT'),
  ('p-01', 'ECMO_NEONATAL'),
  ('p-02', 'ADULT_CPB'),
  ('p-02', 'IABP'),
  ('p-02', 'VAD'),
  ('p-03', 'ADULT_CPB'),
  ('p-03', 'TRANSPLANT'),
  ('p-03', 'ECMO_ADULT'),
  ('p-04', 'ADULT_CPB'),
  ('p-04', 'AUTOTRANSFUSION'),
  ('p-04', 'IABP'),
  ('p-05', 'PAEDIATRIC_CPB'),
  ('p-05', 'ECMO_NEONATAL'),
  ('p-05', 'ADULT_CPB'),
  ('p-06', 'ADULT_CPB'),
  ('p-06', 'HIPEC'),
  ('p-06', 'ISOLATED_LIMB_PERFUSION'),
  ('p-07', 'ADULT_CPB'),
  ('p-07', 'VAD'),
  ('p-07', 'ECMO_ADULT'),
  ('p-08', 'ADULT_CPB'),
  ('p-08', 'AUTOTRANSFUSION'),
  ('p-09', 'ADULT_CPB'),
  ('p-09', 'IABP'),
  ('p-10', 'ADULT_CPB'),
  ('p-11', 'ADULT_CPB'),
  ('p-12', 'ADULT_CPB');
