package vn.dvc.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void theCatalogKeepsTheLatestPerKeyForeverAndDeadLettersAMonth() {
        assertThat(Topic.CATALOG_EVENTS.settings())
                .containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
        assertThat(Topic.DOSSIER_EVENTS.settings())
                .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "-1");
        assertThat(Topic.DOSSIER_EVENTS.deadLetter().settings())
                .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", Long.toString(30L * 24 * 3600 * 1000));
    }
}
