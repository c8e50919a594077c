--liquibase formatted sql

--changeset dvc:kpi-25
-- The procedure publications the Decision 766 publicity parts count (docs/counting-rules.md, "Decision 766 score"):
-- the latest version of each record (one per procedure and decision).
CREATE TABLE kpi_publication (
    publication_id  VARCHAR(120) NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    procedure_code  VARCHAR(50)  NOT NULL,
    unit_code       VARCHAR(50)  NOT NULL,
    decision_number VARCHAR(100) NOT NULL,
    decided_on      DATE         NOT NULL,
    change_kind     VARCHAR(16)  NOT NULL,
    legal_basis_effective_on DATE NULL,
    published_at    TIMESTAMP(6) NULL,
    content_parts   VARCHAR(200) NOT NULL,
    applicant_kinds VARCHAR(200) NOT NULL,
    KEY idx_kpi_publication_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
