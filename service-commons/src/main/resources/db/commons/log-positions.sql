--liquibase formatted sql

--changeset dvc:commons-2
-- How far the outbox relay has published: per partition of the log, the offset of the newest record it sent. Written
-- in the transaction that marks the records published; read by a write's answer for its consistency token.
CREATE TABLE outbox_position (
    topic            VARCHAR(100) NOT NULL,
    partition_no     INT          NOT NULL,
    published_offset BIGINT       NOT NULL,
    PRIMARY KEY (topic, partition_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far this service's consumers have applied: per partition, the offset of the newest record whose effect is
-- committed. Written in the same transaction as the effect, so every instance reads what is true.
CREATE TABLE consumer_position (
    topic          VARCHAR(100) NOT NULL,
    partition_no   INT          NOT NULL,
    applied_offset BIGINT       NOT NULL,
    PRIMARY KEY (topic, partition_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
