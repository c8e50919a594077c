--liquibase formatted sql

--changeset dvc:kpi-24
-- The national portal's published Decision 766 evaluation of a unit and period, metric by metric, as an operator put
-- it, to be compared with the suite's estimate (docs/counting-rules.md, "Decision 766 score").
CREATE TABLE kpi_national_score (
    unit_code   VARCHAR(50)   NOT NULL,
    period_from DATE          NOT NULL,
    period_to   DATE          NOT NULL,
    metric_code VARCHAR(60)   NOT NULL,
    name        VARCHAR(300)  NULL,
    numerator   BIGINT        NULL,
    denominator BIGINT        NULL,
    ratio       DECIMAL(9, 4) NULL,
    score       DECIMAL(9, 4) NULL,
    max_score   DECIMAL(9, 4) NULL,
    received_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (unit_code, period_from, period_to, metric_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
