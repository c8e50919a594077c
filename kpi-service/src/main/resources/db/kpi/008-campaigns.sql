--liquibase formatted sql

--changeset dvc:kpi-8
-- Campaigns: a period [start_day, end_day) of local days with a target per indicator, optionally per unit.
CREATE TABLE kpi_campaign (
    id         VARCHAR(50)  NOT NULL PRIMARY KEY,
    name       VARCHAR(500) NOT NULL,
    start_day  DATE         NOT NULL,
    end_day    DATE         NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- unit_code '' is the campaign's target for every unit; a unit's own row overrides it.
CREATE TABLE kpi_campaign_target (
    campaign_id VARCHAR(50)   NOT NULL,
    indicator   VARCHAR(50)   NOT NULL,
    unit_code   VARCHAR(50)   NOT NULL,
    target      DECIMAL(20,2) NOT NULL,
    PRIMARY KEY (campaign_id, indicator, unit_code),
    CONSTRAINT fk_campaign_target FOREIGN KEY (campaign_id) REFERENCES kpi_campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The plan's campaign (Plan 170/KH-UBND, Bình Phước, 1 June 2022): 1 June – 31 August 2022.
INSERT INTO kpi_campaign (id, name, start_day, end_day, updated_at) VALUES ('KH-170-2022',
    'Kế hoạch 170/KH-UBND: nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến', '2022-06-01', '2022-09-01',
    CURRENT_TIMESTAMP(6));
INSERT INTO kpi_campaign_target (campaign_id, indicator, unit_code, target) VALUES
    ('KH-170-2022', 'ONLINE_SERVICE_UPTAKE', '', 80.00),
    ('KH-170-2022', 'ONLINE_DOSSIER_SHARE', '', 50.00),
    ('KH-170-2022', 'INPUT_DIGITISATION', '', 100.00),
    ('KH-170-2022', 'ONLINE_REPORTING', '', 50.00),
    ('KH-170-2022', 'ON_TIME_RESOLUTION', '', 100.00);
