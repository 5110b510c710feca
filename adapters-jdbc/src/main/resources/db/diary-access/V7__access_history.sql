-- R15, the access history: one row per viewer, pupil and day, however many times the diary was
-- opened; the counts of each batch an instance writes are added to it.
CREATE TABLE da_view_day (
    pupil_id                VARCHAR(128) NOT NULL,
    view_date               DATE         NOT NULL,
    viewer                  VARCHAR(128) NOT NULL,
    relation                VARCHAR(24)  NOT NULL,
    grant_id                VARCHAR(128),
    first_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_at                 TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    diary_views             BIGINT       NOT NULL,
    grades_views            BIGINT       NOT NULL,
    homework_views          BIGINT       NOT NULL,
    attendance_views        BIGINT       NOT NULL,
    schedule_views          BIGINT       NOT NULL,
    teacher_comments_views  BIGINT       NOT NULL,
    PRIMARY KEY (pupil_id, view_date, viewer)
);
-- Housekeeping forgets the days past the retention setting.
CREATE INDEX da_view_day_by_day ON da_view_day (view_date);

-- The batches written, so that a batch written twice is added once.
CREATE TABLE da_view_batch (
    id        VARCHAR(64) NOT NULL PRIMARY KEY,
    taken_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX da_view_batch_by_time ON da_view_batch (taken_at);
