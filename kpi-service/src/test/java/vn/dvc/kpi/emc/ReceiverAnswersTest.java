package vn.dvc.kpi.emc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiverAnswersTest {

    private static final Optional<String> TOKEN = Optional.of("emc-secret-0a1b2c3d");

    @Test
    void aReceiverEchoingTheRequestLeaksNoCredential() {
        String echoed = "POST /emc HTTP/1.1\nAuthorization: Bearer emc-secret-0a1b2c3d\nIdempotency-Key: k\n\n{\"token\":\"emc-secret-0a1b2c3d\","
                + "\"password\":\"hunter2\",\"note\":\"Basic dXNlcjpwYXNz\",\"accepted\":true}";
        String kept = ReceiverAnswers.kept(echoed, TOKEN);
        assertThat(kept).doesNotContain("emc-secret-0a1b2c3d").doesNotContain("hunter2").doesNotContain("dXNlcjpwYXNz")
                .contains("Authorization: [đã che]\n").contains("{\"token\":\"[đã che]\",").contains("\"accepted\":true")
                .contains("Idempotency-Key: k").doesNotContain("che] che]");
        assertThat(ReceiverAnswers.kept("{\"error\":\"Bearer abc.def-ghi expired\"}", Optional.empty())).isEqualTo("{\"error\":\"Bearer [đã che] expired\"}");
    }

    @Test
    void aHugeAnswerIsReadAndKeptOnlyInPart() throws IOException {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                return served > 100L << 20 ? -1 : 'x';
            }
        };
        String read = ReceiverAnswers.read(endless);
        assertThat(read).hasSize(ReceiverAnswers.READ);
        assertThat(ReceiverAnswers.kept(read, TOKEN)).hasSize(ReceiverAnswers.KEPT);
        assertThat(ReceiverAnswers.read(new ByteArrayInputStream("{\"ok\":true}".getBytes()))).isEqualTo("{\"ok\":true}");
    }

    @Test
    void plainHttpIsRefusedOutsideTests() {
        assertThat(EmcPusher.plainHttpRefused(Optional.of("http://emc.example.vn/push"), false)).isTrue();
        assertThat(EmcPusher.plainHttpRefused(Optional.of("HTTPS://emc.example.vn/push"), false)).isFalse();
        assertThat(EmcPusher.plainHttpRefused(Optional.of("http://127.0.0.1:9/emc"), true)).isFalse();
        assertThat(EmcPusher.plainHttpRefused(Optional.empty(), false)).isFalse();
    }
}
