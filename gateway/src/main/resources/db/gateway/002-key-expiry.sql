--liquibase formatted sql

--changeset dvc:gateway-2
-- A key may carry an expiry: refused from then on, like a revoked one.
ALTER TABLE api_key ADD COLUMN expires_at TIMESTAMP(6) NULL;
