--liquibase formatted sql

--changeset dvc:kpi-15
-- A campaign's tasks (docs/counting-rules.md, "Campaign tasks"): who leads (a selector of units, as JSON), who
-- cooperates, the deadline, and whether completion needs a document.
CREATE TABLE kpi_campaign_task (
    campaign_id       VARCHAR(50)   NOT NULL,
    code              VARCHAR(50)   NOT NULL,
    position          INT           NOT NULL,
    title             VARCHAR(1000) NOT NULL,
    lead_units        TEXT          NOT NULL,
    cooperating_units TEXT          NOT NULL,
    deadline_kind     VARCHAR(12)   NOT NULL,
    due_day           DATE          NULL,
    due_time          TIME          NULL,
    starts_on         DATE          NULL,
    ends_before       DATE          NULL,
    every             VARCHAR(20)   NULL,
    evidence_required BOOLEAN       NOT NULL,
    PRIMARY KEY (campaign_id, code),
    CONSTRAINT fk_campaign_task FOREIGN KEY (campaign_id) REFERENCES kpi_campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each assignee's latest report per occurrence ('' unless the task recurs); a correction replaces it.
CREATE TABLE kpi_campaign_task_report (
    campaign_id     VARCHAR(50)  NOT NULL,
    task_code       VARCHAR(50)  NOT NULL,
    unit_code       VARCHAR(50)  NOT NULL,
    occurrence      VARCHAR(10)  NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    progress        INT          NULL,
    reported_at     TIMESTAMP(6) NOT NULL,
    document_number VARCHAR(100) NULL,
    document_date   DATE         NULL,
    received_at     TIMESTAMP(6) NOT NULL,
    key_id          VARCHAR(50)  NULL,
    corrections     INT          NOT NULL,
    PRIMARY KEY (campaign_id, task_code, unit_code, occurrence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The online-only pilot of a campaign (docs/counting-rules.md, "Online-only pilot"): from a day, its services may be
-- received online only by its units and those below them.
CREATE TABLE kpi_online_only_pilot (
    campaign_id VARCHAR(50)  NOT NULL PRIMARY KEY,
    starts_on   DATE         NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_online_only_pilot FOREIGN KEY (campaign_id) REFERENCES kpi_campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi_online_only_service (
    campaign_id  VARCHAR(50) NOT NULL,
    service_code VARCHAR(50) NOT NULL,
    PRIMARY KEY (campaign_id, service_code),
    CONSTRAINT fk_online_only_service FOREIGN KEY (campaign_id) REFERENCES kpi_online_only_pilot (campaign_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi_online_only_unit (
    campaign_id VARCHAR(50) NOT NULL,
    unit_code   VARCHAR(50) NOT NULL,
    PRIMARY KEY (campaign_id, unit_code),
    CONSTRAINT fk_online_only_unit FOREIGN KEY (campaign_id) REFERENCES kpi_online_only_pilot (campaign_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
