-- Indexes that skip a person's history, so that neither a decision nor a command reads ended
-- grants, answered invitations or old sends: live_key is set exactly while a grant is live,
-- pending_pupil exactly while an invitation is pending, and the invitation rule's windows are
-- ranges of time.
CREATE INDEX da_grant_live_by_trustee ON da_grant (trustee, live_key);
CREATE INDEX da_grant_live_by_pupil ON da_grant (pupil_id, live_key);
DROP INDEX da_grant_by_trustee;
DROP INDEX da_grant_by_pupil;
CREATE INDEX da_invitation_sent ON da_invitation (inviter, sent_at);
CREATE INDEX da_invitation_declined ON da_invitation (inviter, state, answered_at);
ALTER TABLE da_invitation_pupil ADD COLUMN pending_pupil VARCHAR(128);
UPDATE da_invitation_pupil SET pending_pupil = pupil_id
    WHERE invitation_id IN (SELECT id FROM da_invitation WHERE state = 'PENDING');
CREATE INDEX da_invitation_pending ON da_invitation_pupil (pending_pupil);
