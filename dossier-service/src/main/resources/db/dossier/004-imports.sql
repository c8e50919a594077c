--liquibase formatted sql

--changeset dvc:dossier-4
-- History imports (docs/imports.md): each file's progress, committed with the rows it took, so that an import
-- interrupted by a crash goes on from its last committed row.
CREATE TABLE history_import (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    format         VARCHAR(10)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    file_sha256    CHAR(64)     NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    committed_row  BIGINT       NOT NULL DEFAULT 0,
    rows_read      BIGINT       NOT NULL DEFAULT 0,
    accepted       BIGINT       NOT NULL DEFAULT 0,
    duplicate      BIGINT       NOT NULL DEFAULT 0,
    rejected       BIGINT       NOT NULL DEFAULT 0,
    fraction_done  DOUBLE       NOT NULL DEFAULT 0,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    started_at     TIMESTAMP(3) NULL,
    run_started_at TIMESTAMP(3) NULL,
    run_rows_start BIGINT       NOT NULL DEFAULT 0,
    finished_at    TIMESTAMP(3) NULL,
    failure        VARCHAR(500) NULL,
    KEY history_import_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why each refused row of an import was refused, in Vietnamese, by field.
CREATE TABLE history_import_rejection (
    import_id  VARCHAR(36)  NOT NULL,
    file_row   BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    field      VARCHAR(100) NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    PRIMARY KEY (import_id, file_row, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
