--liquibase formatted sql

--changeset dvc:reporting-1
-- Report forms (api.md "PUT /report-forms"): what is reported, how often, by when, by whom.
CREATE TABLE report_form (
    code          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    report_system VARCHAR(16)  NOT NULL,
    frequency     VARCHAR(16)  NOT NULL,
    -- <days>D or <days>D@HH:mm after the period's last local day (DueRule)
    due_rule      VARCHAR(16)  NOT NULL,
    active_from   DATE         NOT NULL,
    active_to     DATE         NULL,
    updated_at    TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who owes a form: every unit of a tier, or listed units (one row each).
CREATE TABLE report_form_assignee (
    form_code     VARCHAR(64) NOT NULL,
    assigned_tier VARCHAR(16) NOT NULL DEFAULT '',
    unit_code     VARCHAR(50) NOT NULL DEFAULT '',
    PRIMARY KEY (form_code, assigned_tier, unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A form's individual indicators (LRIS: 312, each assigned to a department); unit_code '' = the form's assignees.
CREATE TABLE report_form_indicator (
    form_code      VARCHAR(64)  NOT NULL,
    indicator_code VARCHAR(64)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    unit_code      VARCHAR(50)  NOT NULL DEFAULT '',
    PRIMARY KEY (form_code, indicator_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One report one unit owes for one period instance of a form (and indicator): expected, then submitted.
CREATE TABLE report_obligation (
    obligation_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    form_code      VARCHAR(64)  NOT NULL,
    indicator_code VARCHAR(64)  NOT NULL,
    unit_code      VARCHAR(50)  NOT NULL,
    period         VARCHAR(16)  NOT NULL,
    deadline       TIMESTAMP(6) NOT NULL,
    expected       BOOLEAN      NOT NULL,
    submitted_at   TIMESTAMP(6) NULL,
    channel        VARCHAR(8)   NULL,
    version        BIGINT       NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    KEY idx_obligation_form_period (form_code, period),
    KEY idx_obligation_deadline (deadline),
    KEY idx_obligation_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Units' own counts of the dossiers they received in [from_day, to_day); a later report replaces the earlier.
CREATE TABLE dossier_total (
    unit_code   VARCHAR(50)  NOT NULL,
    from_day    DATE         NOT NULL,
    to_day      DATE         NOT NULL,
    total       BIGINT       NOT NULL,
    source      VARCHAR(100) NULL,
    version     BIGINT       NOT NULL,
    reported_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_code, from_day, to_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The steering bulletins, as made; scheduled_for is the slot a scheduled one was made for (unique: once per slot).
CREATE TABLE bulletin (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheduled_for TIMESTAMP(6) NULL,
    made_at       TIMESTAMP(6) NOT NULL,
    body          LONGTEXT     NOT NULL,
    UNIQUE KEY uk_bulletin_slot (scheduled_for)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
