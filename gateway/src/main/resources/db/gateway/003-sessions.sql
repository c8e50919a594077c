--liquibase formatted sql

--changeset dvc:gateway-3
-- Dashboard sessions signed out before their expiry (a session is otherwise carried by its signed cookie alone).
CREATE TABLE ended_session (
    id         CHAR(22)     NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
