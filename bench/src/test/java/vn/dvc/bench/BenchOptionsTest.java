package vn.dvc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsMeasureTheIssuesTargetsAtScaleOne() {
        BenchOptions options = BenchOptions.parse(List.of());
        assertThat(options.scale()).isEqualTo(1.0);
        assertThat(options.steadyRate()).isEqualTo(1_000.0);
        assertThat(options.groupBySizes()).containsExactly(1_000_000L, 10_000_000L);
        assertThat(options.from()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(options.namespace()).matches("B[0-9A-Z]+");
    }

    @Test
    void optionsAreReadAndBadOnesRefusedByName() {
        BenchOptions options = BenchOptions.parse(List.of("--scale", "0.1", "--namespace", "X1", "--baselines", "false"));
        assertThat(options.scale()).isEqualTo(0.1);
        assertThat(options.namespace()).isEqualTo("X1");
        assertThat(options.baselines()).isFalse();
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--speed", "9"))).hasMessageContaining("'--speed'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--concurrency", "0"))).hasMessageContaining("--concurrency");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--namespace", "a-b"))).hasMessageContaining("--namespace");
    }
}
