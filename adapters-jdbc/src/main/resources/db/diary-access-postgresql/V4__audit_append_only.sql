-- The audit log is append-only in the database itself: an entry is never deleted, and never
-- changed except to be sealed into the hash chain once (chain_position and chain_hash set where
-- both were empty, every other column as it was). TRUNCATE is refused too. Whoever can disable
-- triggers can still rewrite history; the hash chain (verifyAudit) then finds it.
CREATE FUNCTION da_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
      AND OLD.chain_position IS NULL AND OLD.chain_hash IS NULL
      AND NEW.chain_position IS NOT NULL AND NEW.chain_hash IS NOT NULL
      AND (NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.outcome, NEW.reason, NEW.invitation_id, NEW.grant_id,
           NEW.pupils, NEW.counterpart)
          IS NOT DISTINCT FROM
          (OLD.seq, OLD.at, OLD.actor, OLD.action, OLD.outcome, OLD.reason, OLD.invitation_id, OLD.grant_id,
           OLD.pupils, OLD.counterpart) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'da_audit is append-only: % refused (an entry is only ever sealed, once)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER da_audit_append_only BEFORE UPDATE OR DELETE ON da_audit
  FOR EACH ROW EXECUTE FUNCTION da_audit_append_only();
CREATE TRIGGER da_audit_no_truncate BEFORE TRUNCATE ON da_audit
  FOR EACH STATEMENT EXECUTE FUNCTION da_audit_append_only();
