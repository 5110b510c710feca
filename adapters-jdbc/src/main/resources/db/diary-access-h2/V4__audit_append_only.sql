-- The audit log is append-only in the database itself: an entry is never deleted, and never
-- changed except to be sealed into the hash chain once (AuditAppendOnlyTrigger). Whoever can drop
-- triggers can still rewrite history; the hash chain (verifyAudit) then finds it.
CREATE TRIGGER da_audit_no_update BEFORE UPDATE ON da_audit FOR EACH ROW
  CALL 'org.diaryaccess.adapters.jdbc.h2.AuditAppendOnlyTrigger';
CREATE TRIGGER da_audit_no_delete BEFORE DELETE ON da_audit FOR EACH ROW
  CALL 'org.diaryaccess.adapters.jdbc.h2.AuditAppendOnlyTrigger';
