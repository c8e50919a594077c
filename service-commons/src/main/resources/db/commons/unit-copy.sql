--liquibase formatted sql

--changeset dvc:commons-unit-copy-1
-- A consuming service's copy of the unit tree as catalog-events tell it; path = codes from the root joined by '>'
-- (a subtree is a path prefix).
CREATE TABLE unit_copy (
    code        VARCHAR(50)   NOT NULL PRIMARY KEY,
    parent_code VARCHAR(50)   NULL,
    tier        VARCHAR(30)   NOT NULL,
    kind        VARCHAR(30)   NULL,
    name        VARCHAR(300)  NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    KEY idx_unit_copy_path (path(255))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
