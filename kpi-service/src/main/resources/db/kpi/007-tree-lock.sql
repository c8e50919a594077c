--liquibase formatted sql

--changeset dvc:kpi-7
-- Serialises a change of the unit tree against the writes that attribute rows along it: writers take this row
-- shared, a tree change takes it exclusive, so no contribution is attributed along a path that is being moved.
CREATE TABLE kpi_tree_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO kpi_tree_lock (id) VALUES (1);
