--liquibase formatted sql

--changeset dvc:kpi-9
-- Each report obligation's latest state from report-events (counting rules v1, "Reports").
CREATE TABLE kpi_report (
    obligation_id VARCHAR(200) NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    unit_code     VARCHAR(50)  NOT NULL,
    deadline_day  DATE         NOT NULL,
    expected      BOOLEAN      NOT NULL,
    submitted     BOOLEAN      NOT NULL,
    on_time       BOOLEAN      NOT NULL,
    online        BOOLEAN      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Units' self-reported dossier totals per period [from_day, to_day); the latest report (by its time) wins.
CREATE TABLE kpi_reported_total (
    unit_code   VARCHAR(50)  NOT NULL,
    from_day    DATE         NOT NULL,
    to_day      DATE         NOT NULL,
    total       BIGINT       NOT NULL,
    reported_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_code, from_day, to_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
