--liquibase formatted sql

--changeset dvc:kpi-4
-- The service catalogue's offerings as catalog-events tell it, for indicator 1's scope (counting rules v1, "Uptake
-- scope").
CREATE TABLE kpi_offering (
    service_code    VARCHAR(50)   NOT NULL,
    tier            VARCHAR(30)   NOT NULL,
    online_mode     VARCHAR(10)   NOT NULL,
    owner_unit_code VARCHAR(50)   NULL,
    service_name    VARCHAR(1000) NOT NULL,
    field           VARCHAR(200)  NOT NULL,
    PRIMARY KEY (service_code, tier),
    KEY idx_kpi_offering_tier_mode (tier, online_mode),
    KEY idx_kpi_offering_owner (owner_unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Summary rows of offering use: dossiers received per unit, local day and offering. Indicator 1 counts the distinct
-- offerings with a row in a subtree and period: a read over these rows, never over dossiers.
CREATE TABLE kpi_offering_use (
    unit_code       VARCHAR(50) NOT NULL,
    day             DATE        NOT NULL,
    service_code    VARCHAR(50) NOT NULL,
    offering_tier   VARCHAR(30) NOT NULL,
    dossiers        BIGINT      NOT NULL,
    online_dossiers BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, day, service_code, offering_tier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The offering a dossier uses: the provincial one for a department or the province, else its unit's tier.
ALTER TABLE kpi_dossier ADD COLUMN offering_tier VARCHAR(30) NULL;
