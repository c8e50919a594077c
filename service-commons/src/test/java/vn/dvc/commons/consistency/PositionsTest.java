package vn.dvc.commons.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void aTokenReadsBackAsItWasWrittenAndJoinedTokensKeepTheFurthestOffset() {
        Positions read = Positions.parse("dossier-events:3:1204,catalog-events:0:17,dossier-events:3:99,-").orElseThrow();

        assertThat(read.offsets()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new TopicPartition("dossier-events", 3), 1204L, new TopicPartition("catalog-events", 0), 17L));
        assertThat(read.toString()).isEqualTo("catalog-events:0:17,dossier-events:3:1204");
        assertThat(Positions.parse(read.toString())).contains(read);
        assertThat(Positions.NONE.toString()).isEqualTo("-");
        assertThat(Positions.parse("-")).contains(Positions.NONE);
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(Positions.parse("dossier-events:three:4")).isEmpty();
        assertThat(Positions.parse("; DROP TABLE")).isEmpty();
        assertThat(Positions.parse("a:1:2,")).isEmpty();
        assertThat(Positions.parse("a:1:" + "9".repeat(19))).isEmpty();
        assertThat(Positions.parse("a:1:2,".repeat(501) + "a:1:2")).isEmpty();
        assertThat(Positions.parse(null)).isEmpty();
    }

    @Test
    void behindCountsTheRecordsNotAppliedPerTopicAndOnlyOnTheTopicsAsked() {
        Positions token = Positions.parse("dossier-events:0:10,dossier-events:1:5,catalog-events:0:3").orElseThrow();
        Map<TopicPartition, Long> applied = Map.of(new TopicPartition("dossier-events", 0), 7L,
                new TopicPartition("catalog-events", 0), 3L);

        assertThat(token.behind(applied)).containsExactlyEntriesOf(Map.of("dossier-events", 3L + 6L));
        assertThat(token.on(Set.of("catalog-events")).behind(applied)).isEmpty();
        assertThat(token.on(Set.of("payment-events")).isEmpty()).isTrue();
    }
}
