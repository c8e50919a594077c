package vn.dvc.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutePolicyTest {

    @Test
    void aPathVariableMatchesOnlyWhatAnIdMayContain() {
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers/000.00.01.H10-220601-0001").orElseThrow().template()).isEqualTo("/dossiers/{id...}");
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers/HS/2022/1").orElseThrow().template()).isEqualTo("/dossiers/{id...}");
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers/near-due").orElseThrow().roles()).doesNotContain(Role.PORTAL);
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers/near-due/")).isEmpty();
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers/x/../near-due")).isEmpty();
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers/near-due;x=1")).isEmpty();
        assertThat(RoutePolicy.ruleFor("GET", "/dossiers//near-due")).isEmpty();
        assertThat(RoutePolicy.ruleFor("GET", "/payment-accounts/..")).isEmpty();
        assertThat(RoutePolicy.ruleFor("GET", "/bulletins/a/b")).isEmpty();
    }

    @Test
    void noMethodButTheRulesOwnAndNoKeyIsAService() {
        assertThat(RoutePolicy.ruleFor("HEAD", "/dossiers/near-due")).isEmpty();
        assertThat(RoutePolicy.ruleFor("OPTIONS", "/kpis")).isEmpty();
        assertThat(Role.ofKey("service")).isEmpty();
        assertThat(Role.ofKey("Ministry")).contains(Role.MINISTRY);
        assertThat(RoutePolicy.ruleFor("GET", "/payment-accounts/H10.01").orElseThrow().unitInPath("/payment-accounts/H10.01"))
                .contains("H10.01");
    }
}
