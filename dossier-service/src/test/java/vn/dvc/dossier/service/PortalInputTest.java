package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.rules.time.PortalTime;

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
        assertThat(PortalTime.parse("20220601083000")).contains(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(PortalTime.parse("20221301083000")).isEmpty();
        assertThat(PortalTime.parse("01/06/2022 08:30")).isEmpty();
        assertThat(PortalTime.parse(" ")).isEmpty();
    }

    @Test
    void channelsAreReadByNameOrByTheirNationalCode() {
        assertThat(Channel.of("online")).isEqualTo(Channel.ONLINE);
        assertThat(Channel.of("1")).isEqualTo(Channel.DIRECT);
        assertThat(Channel.of("2")).isEqualTo(Channel.ONLINE);
        assertThat(Channel.of("3")).isEqualTo(Channel.POSTAL);
        assertThatThrownBy(() -> Channel.of("FAX")).isInstanceOf(IllegalArgumentException.class);
    }
}
