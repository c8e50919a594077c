--liquibase formatted sql

--changeset dvc:reporting-4
-- A unit's reminder subscription: its office's work contacts, the kinds it wants and its digest's local time.
CREATE TABLE reminder_subscription (
    unit_code      VARCHAR(50)  NOT NULL PRIMARY KEY,
    emails         VARCHAR(2000) NOT NULL,
    webhook_url    VARCHAR(500) NULL,
    webhook_secret VARCHAR(200) NULL,
    kinds          VARCHAR(200) NOT NULL,
    digest_at      TIME         NOT NULL,
    task_days      INT          NOT NULL,
    updated_at     TIMESTAMP(3) NOT NULL
);

-- One message to deliver: a unit's digest of a day or an urgent notice of a dossier, per channel. The unique slot
-- makes it once, whatever the instances and restarts; a sender claims it by lease before sending.
CREATE TABLE reminder_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code       VARCHAR(50)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    slot            VARCHAR(120) NOT NULL,
    channel         VARCHAR(10)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    html_body       MEDIUMTEXT   NOT NULL,
    json_body       MEDIUMTEXT   NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL,
    lease_until     TIMESTAMP(3) NULL,
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    sent_at         TIMESTAMP(3) NULL,
    UNIQUE KEY uq_reminder_slot (unit_code, kind, slot, channel),
    KEY idx_reminder_due (status, next_attempt_at),
    KEY idx_reminder_unit (unit_code, id)
);
