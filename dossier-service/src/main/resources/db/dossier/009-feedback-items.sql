--liquibase formatted sql

--changeset dvc:dossier-9
-- Feedback items (phản ánh, kiến nghị) as the Decision 766 feedback parts need them: where and when each was received,
-- what was done with it and when (steps as JSON), its likes and dislikes, whether it was raised again, the dossier it
-- is about. Never who sent it nor what it says.
CREATE TABLE feedback_item (
    item_id     VARCHAR(80)  NOT NULL PRIMARY KEY,
    unit_code   VARCHAR(50)  NOT NULL,
    received_at TIMESTAMP(6) NOT NULL,
    steps       TEXT         NOT NULL,
    likes       INT          NOT NULL,
    dislikes    INT          NOT NULL,
    re_raised   BOOLEAN      NOT NULL,
    dossier_id  VARCHAR(100) NULL,
    version     BIGINT       NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
