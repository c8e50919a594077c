package vn.dvc.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    enum Channel { ONLINE, DIRECT }

    record Offering(String tier, Integer level) {
    }

    record Service(String code, Channel channel, List<Offering> offerings) {
    }

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Violation violationReading(String body) {
        return ProblemMappers.violationOf(catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body.replace('\'', '"'), Service[].class)));
    }

    @Test
    void namesTheFieldJacksonCouldNotReadInJsonPathStyle() {
        assertThat(violationReading("[{'code':'a','offerings':[{'tier':'X','level':'four'}]}]"))
                .isEqualTo(new Violation("[0].offerings[0].level", "'four' is not a valid value"));
        assertThat(violationReading("[{'code':'a','channel':'FAX'}]"))
                .isEqualTo(new Violation("[0].channel", "'FAX' is not a valid value"));
        assertThat(violationReading("[{'code':'a','colour':'red'}]"))
                .isEqualTo(new Violation("[0].colour", "is not a known field"));
        assertThat(violationReading("[{'code':['a']}]"))
                .isEqualTo(new Violation("[0].code", "has the wrong type"));
    }

    @Test
    void malformedJsonIsNamedAsTheBodyWithoutInternals() {
        Violation violation = violationReading("[{'code':");

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).doesNotContain("java", "Jackson", "Service");
    }

    @Test
    void databaseFaultsAreToldApartByCause() {
        assertThat(Causes.isDatabaseUnavailable(new RuntimeException(new SQLTransientConnectionException("pool empty")))).isTrue();
        assertThat(Causes.isDatabaseUnavailable(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(Causes.isTransient(new RuntimeException(new SQLTransactionRollbackException("deadlock")))).isTrue();
        assertThat(Causes.isTransient(new RuntimeException(new SQLIntegrityConstraintViolationException("dup")))).isFalse();
        assertThat(Causes.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
