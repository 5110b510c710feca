-- The school system's register as it keeps it: one row per pupil, the two parents' contacts in
-- columns, as the school typed them. The *_key columns are what the host adds for look-ups: each
-- contact's normal form, empty when the school typed something that is not a valid contact.
CREATE TABLE IF NOT EXISTS school_pupil (
  pupil_id            CHARACTER VARYING PRIMARY KEY,
  school_id           CHARACTER VARYING NOT NULL,
  class_name          CHARACTER VARYING NOT NULL,
  surname             CHARACTER VARYING NOT NULL,
  given_name          CHARACTER VARYING NOT NULL,
  patronymic          CHARACTER VARYING,
  birth_date          DATE,
  enrolled            BOOLEAN NOT NULL,
  email               CHARACTER VARYING,
  mobile_phone        CHARACTER VARYING,
  snils               CHARACTER VARYING,
  email_key           CHARACTER VARYING,
  phone_key           CHARACTER VARYING,
  snils_key           CHARACTER VARYING,
  parent1_kind        CHARACTER VARYING,
  parent1_surname     CHARACTER VARYING,
  parent1_given_name  CHARACTER VARYING,
  parent1_patronymic  CHARACTER VARYING,
  parent1_email       CHARACTER VARYING,
  parent1_phone       CHARACTER VARYING,
  parent1_snils       CHARACTER VARYING,
  parent1_email_key   CHARACTER VARYING,
  parent1_phone_key   CHARACTER VARYING,
  parent1_snils_key   CHARACTER VARYING,
  parent2_kind        CHARACTER VARYING,
  parent2_surname     CHARACTER VARYING,
  parent2_given_name  CHARACTER VARYING,
  parent2_patronymic  CHARACTER VARYING,
  parent2_email       CHARACTER VARYING,
  parent2_phone       CHARACTER VARYING,
  parent2_snils       CHARACTER VARYING,
  parent2_email_key   CHARACTER VARYING,
  parent2_phone_key   CHARACTER VARYING,
  parent2_snils_key   CHARACTER VARYING
);
CREATE INDEX IF NOT EXISTS school_pupil_email ON school_pupil (email_key);
CREATE INDEX IF NOT EXISTS school_pupil_phone ON school_pupil (phone_key);
CREATE INDEX IF NOT EXISTS school_pupil_snils ON school_pupil (snils_key);
CREATE INDEX IF NOT EXISTS school_pupil_p1_email ON school_pupil (parent1_email_key);
CREATE INDEX IF NOT EXISTS school_pupil_p1_phone ON school_pupil (parent1_phone_key);
CREATE INDEX IF NOT EXISTS school_pupil_p1_snils ON school_pupil (parent1_snils_key);
CREATE INDEX IF NOT EXISTS school_pupil_p2_email ON school_pupil (parent2_email_key);
CREATE INDEX IF NOT EXISTS school_pupil_p2_phone ON school_pupil (parent2_phone_key);
CREATE INDEX IF NOT EXISTS school_pupil_p2_snils ON school_pupil (parent2_snils_key);
