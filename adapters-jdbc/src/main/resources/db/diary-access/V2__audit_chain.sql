-- Each audit entry's link in the hash chain, set by housekeeping once the entry is committed:
-- its place in the chain (consecutive, in the order entries were sealed) and the chain's hash.
ALTER TABLE da_audit ADD COLUMN chain_position BIGINT;
ALTER TABLE da_audit ADD COLUMN chain_hash VARCHAR(64);
CREATE UNIQUE INDEX da_audit_by_chain ON da_audit (chain_position);
-- Unsealed entries are found through this index: few, at the end of the log.
CREATE INDEX da_audit_unsealed ON da_audit (chain_position, seq);
