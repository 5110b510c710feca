-- diary-access schema: one file that runs unchanged on H2 2.x and PostgreSQL 14+.
-- Contacts are stored as written (*_raw) and, where valid, normalised (*_norm) for indexed look-ups.

CREATE TABLE da_citizen (
    id           VARCHAR(128)  NOT NULL PRIMARY KEY,
    surname      VARCHAR(100)  NOT NULL,
    given_name   VARCHAR(100)  NOT NULL,
    patronymic   VARCHAR(100),
    birth_date   DATE,
    gender       VARCHAR(10),
    email_raw    VARCHAR(1000),
    phone_raw    VARCHAR(1000),
    snils_raw    VARCHAR(1000),
    email_norm   VARCHAR(254),
    phone_norm   VARCHAR(16),
    snils_norm   VARCHAR(11)
);
CREATE INDEX da_citizen_by_phone ON da_citizen (phone_norm);
CREATE INDEX da_citizen_by_email ON da_citizen (email_norm);
CREATE INDEX da_citizen_by_snils ON da_citizen (snils_norm);

CREATE TABLE da_pupil (
    id           VARCHAR(128)  NOT NULL PRIMARY KEY,
    school_id    VARCHAR(128)  NOT NULL,
    class_name   VARCHAR(20)   NOT NULL,
    surname      VARCHAR(100)  NOT NULL,
    given_name   VARCHAR(100)  NOT NULL,
    patronymic   VARCHAR(100),
    birth_date   DATE,
    enrolled     BOOLEAN       NOT NULL,
    email_raw    VARCHAR(1000),
    phone_raw    VARCHAR(1000),
    snils_raw    VARCHAR(1000),
    email_norm   VARCHAR(254),
    phone_norm   VARCHAR(16),
    snils_norm   VARCHAR(11)
);

-- The legal representatives a record lists, in the school's order.
CREATE TABLE da_representative (
    pupil_id     VARCHAR(128)  NOT NULL REFERENCES da_pupil (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    surname      VARCHAR(100)  NOT NULL,
    given_name   VARCHAR(100)  NOT NULL,
    patronymic   VARCHAR(100),
    email_raw    VARCHAR(1000),
    phone_raw    VARCHAR(1000),
    snils_raw    VARCHAR(1000),
    email_norm   VARCHAR(254),
    phone_norm   VARCHAR(16),
    snils_norm   VARCHAR(11),
    PRIMARY KEY (pupil_id, position)
);

-- Every valid contact a record holds (the pupil's own and each representative's), normalised:
-- the index that finds the records a citizen can match without scanning.
CREATE TABLE da_pupil_contact (
    pupil_id     VARCHAR(128)  NOT NULL REFERENCES da_pupil (id) ON DELETE CASCADE,
    kind         CHAR(1)       NOT NULL,
    contact      VARCHAR(254)  NOT NULL
);
CREATE INDEX da_pupil_contact_lookup ON da_pupil_contact (kind, contact);
CREATE INDEX da_pupil_contact_pupil ON da_pupil_contact (pupil_id);

CREATE TABLE da_invitation (
    id           VARCHAR(128)  NOT NULL PRIMARY KEY,
    inviter      VARCHAR(128)  NOT NULL,
    invitee      VARCHAR(128)  NOT NULL,
    service      VARCHAR(32)   NOT NULL,
    sections     VARCHAR(200)  NOT NULL,
    end_date     DATE,
    state        VARCHAR(16)   NOT NULL,
    sent_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answered_at  TIMESTAMP(6) WITH TIME ZONE,
    version      BIGINT        NOT NULL
);
CREATE INDEX da_invitation_by_inviter ON da_invitation (inviter, id);
CREATE INDEX da_invitation_by_invitee ON da_invitation (invitee, id);
CREATE INDEX da_invitation_by_expiry ON da_invitation (state, expires_at);

CREATE TABLE da_invitation_pupil (
    invitation_id VARCHAR(128) NOT NULL REFERENCES da_invitation (id) ON DELETE CASCADE,
    pupil_id      VARCHAR(128) NOT NULL,
    PRIMARY KEY (invitation_id, pupil_id)
);
CREATE INDEX da_invitation_pupil_by_pupil ON da_invitation_pupil (pupil_id);

CREATE TABLE da_grant (
    id            VARCHAR(128)  NOT NULL PRIMARY KEY,
    invitation_id VARCHAR(128)  NOT NULL,
    grantor       VARCHAR(128)  NOT NULL,
    trustee       VARCHAR(128)  NOT NULL,
    pupil_id      VARCHAR(128)  NOT NULL,
    service       VARCHAR(32)   NOT NULL,
    sections      VARCHAR(200)  NOT NULL,
    end_date      DATE,
    state         VARCHAR(16)   NOT NULL,
    accepted_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deadline      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    activated_at  TIMESTAMP(6) WITH TIME ZONE,
    ended_at      TIMESTAMP(6) WITH TIME ZONE,
    termination   VARCHAR(40),
    version       BIGINT        NOT NULL,
    -- trustee|pupil while the grant is live, NULL once ended: at most one live grant per person
    -- and child, held by the database even against racing acceptances on many instances.
    live_key      VARCHAR(260)  UNIQUE
);
CREATE INDEX da_grant_by_trustee ON da_grant (trustee, pupil_id);
CREATE INDEX da_grant_by_pupil ON da_grant (pupil_id);
CREATE INDEX da_grant_by_state ON da_grant (state, deadline);

CREATE TABLE da_outbox (
    id              VARCHAR(128) NOT NULL PRIMARY KEY,
    topic           VARCHAR(32)  NOT NULL,
    recipient       VARCHAR(128),
    invitation_id   VARCHAR(128),
    grant_id        VARCHAR(128),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP(6) WITH TIME ZONE,
    seq             BIGINT GENERATED BY DEFAULT AS IDENTITY
);
CREATE INDEX da_outbox_due ON da_outbox (delivered_at, next_attempt_at);

CREATE TABLE da_audit (
    seq           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor         VARCHAR(128),
    action        VARCHAR(16)   NOT NULL,
    outcome       VARCHAR(16)   NOT NULL,
    reason        VARCHAR(64),
    invitation_id VARCHAR(128),
    grant_id      VARCHAR(128),
    pupils        VARCHAR(2700) NOT NULL,
    counterpart   VARCHAR(128)
);

-- Rows locked to serialise sends by one inviter or for one child across instances.
CREATE TABLE da_lock (
    lock_key      VARCHAR(160) NOT NULL PRIMARY KEY
);
