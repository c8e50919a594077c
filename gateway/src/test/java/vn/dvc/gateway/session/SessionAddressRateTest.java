package vn.dvc.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.gateway.security.TestKeys;

/** Sessions cannot be farmed from one address: past its calls a minute, sign-ins are refused whatever the key. */
@QuarkusTest
@TestProfile(SessionAddressRateTest.FewCallsPerAddress.class)
class SessionAddressRateTest {

    public static class FewCallsPerAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.security.session-calls-per-address", "30");
        }
    }

    @Test
    void fourHundredSignInsFromOneAddressAreRefusedPastItsShare() {
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            int status = SessionTest.signIn(i % 2 == 0 ? TestKeys.UNIT : TestKeys.MINISTRY).statusCode();
            accepted += status == 200 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(30);
        assertThat(refused).isEqualTo(370);
    }
}
