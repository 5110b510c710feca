-- The last failed delivery's error, kept on the message for an operator: the exception's class and
-- its message with personal data masked.
ALTER TABLE da_outbox ADD COLUMN last_error VARCHAR(500);
