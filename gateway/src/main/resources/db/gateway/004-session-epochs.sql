--liquibase formatted sql

--changeset dvc:gateway-4
-- Signing out ends every session of the key opened until then: one instant per key, not a row per session (a row per
-- sign-out let any key holder grow every instance's memory). The rows of the old way go with their table.
ALTER TABLE api_key ADD COLUMN sessions_after TIMESTAMP(6) NULL;
DROP TABLE ended_session;
