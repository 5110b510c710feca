-- Who ended a grant: the legal representative who revoked it or the trusted person who renounced
-- it (NULL while live, for a termination, and for grants ended before this column existed).
-- Notices name them ("... отозвала ваш доступ"), and so does a trusted person's diagnosis.
ALTER TABLE da_grant ADD COLUMN ended_by VARCHAR(128);
