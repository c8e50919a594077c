--liquibase formatted sql

--changeset dvc:commons-1
-- Transactional outbox: written in the same transaction as the change it announces, relayed to Kafka afterwards.
CREATE TABLE outbox_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    record_key   VARCHAR(255) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    headers      TEXT         NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    published_at TIMESTAMP(6) NULL,
    KEY idx_outbox_record_pending (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consumer inbox: the ids of the events a consumer has applied, recorded in the transaction that applied them.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
