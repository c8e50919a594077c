package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalInputTest {

    @Test
    void statusesAreReadByNameOrByTheirNationalCode() {
        assertThat(DossierStatus.parse("RESOLVED")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("resolved")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("9")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("2")).contains(DossierStatus.RECEIVED);
        assertThat(DossierStatus.parse("10")).contains(DossierStatus.RETURNED);
        assertThat(DossierStatus.parse("11")).isEmpty();
        assertThat(DossierStatus.parse("CLOSED")).isEmpty();
        assertThat(DossierStatus.parse(null)).isEmpty();
    }

    @Test
    void timesWithoutOffsetAreLocalToHoChiMinhCity() {
        assertThat(PortalTime.parse("2022-06-01T08:30:00")).contains(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(PortalTime.parse("2022-06-01T08:30:00+07:00")).contains(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(PortalTime.parse("2022-06-01T01:30:00Z")).contains(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(PortalTime.parse("01/06/2022 08:30")).isEmpty();
        assertThat(PortalTime.parse(" ")).isEmpty();
    }
}
