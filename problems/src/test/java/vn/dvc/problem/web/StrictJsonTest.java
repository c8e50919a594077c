package vn.dvc.problem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Totals(String unitCode, int total) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aBodyIsReadAsSentWholeNumbersStillReadableAsCodes() throws Exception {
        assertThat(json.readValue("{\"unitCode\":2,\"total\":10}", Totals.class)).isEqualTo(new Totals("2", 10));
    }

    @Test
    void trailingTextFractionsAndBooleansWhereTheyDoNotBelongAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"unitCode\":\"X\",\"total\":1}{", Totals.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"unitCode\":-1.0,\"total\":1}", Totals.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"unitCode\":true,\"total\":1}", Totals.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"unitCode\":\"X\",\"total\":1.5}", Totals.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
