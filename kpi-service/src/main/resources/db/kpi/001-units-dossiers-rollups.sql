--liquibase formatted sql

--changeset dvc:kpi-1
-- The unit tree as catalog-events tell it; path = codes from the root joined by '>' (a subtree is a path prefix).
CREATE TABLE kpi_unit (
    code        VARCHAR(50)   NOT NULL PRIMARY KEY,
    parent_code VARCHAR(50)   NULL,
    tier        VARCHAR(30)   NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    KEY idx_kpi_unit_path (path(255))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each dossier's latest state (the raw fact), so that a newer state can retract the old contribution.
CREATE TABLE kpi_dossier (
    dossier_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    unit_code    VARCHAR(50)  NULL,
    service_code VARCHAR(50)  NULL,
    channel      VARCHAR(10)  NULL,
    received_day DATE         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Summary rows: one counter per unit, measure and local day. Indicators are sums over a subtree and a day range.
CREATE TABLE kpi_daily (
    unit_code VARCHAR(50) NOT NULL,
    measure   VARCHAR(40) NOT NULL,
    day       DATE        NOT NULL,
    value     BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, measure, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
