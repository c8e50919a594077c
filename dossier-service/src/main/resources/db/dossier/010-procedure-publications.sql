--liquibase formatted sql

--changeset dvc:dossier-10
-- Procedure publications, one per procedure and decision, as the Decision 766 publicity parts need them: the decision
-- (number, date, kind of change), the legal basis's effective date, when the procedure was made public, which of the
-- seven content parts it has and who may apply (as comma-separated names).
CREATE TABLE procedure_publication (
    publication_id    VARCHAR(120) NOT NULL PRIMARY KEY,
    procedure_code    VARCHAR(50)  NOT NULL,
    unit_code         VARCHAR(50)  NOT NULL,
    decision_number   VARCHAR(100) NOT NULL,
    decided_on        DATE         NOT NULL,
    change_kind       VARCHAR(16)  NOT NULL,
    legal_basis_effective_on DATE  NULL,
    published_at      TIMESTAMP(6) NULL,
    content_parts     VARCHAR(200) NOT NULL,
    applicant_kinds   VARCHAR(200) NOT NULL,
    version           BIGINT       NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
