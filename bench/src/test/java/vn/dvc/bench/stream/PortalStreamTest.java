package vn.dvc.bench.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;
import vn.dvc.bench.province.ServiceSpec;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.Payment;
import vn.dvc.bench.stream.PortalItem.ReportSubmission;

class PortalStreamTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate TO = LocalDate.of(2023, 1, 1);
    private static final Province PROVINCE = ProvinceGenerator.generate("BP", ProvinceShape.of(0.02), 11);
    private static final List<PortalItem> YEAR = drain(new PortalStream(PROVINCE, 11, FROM, TO));

    @Test
    void itemsComeInTimeOrderInsideTheWindow() {
        Instant previous = Instant.MIN;
        for (PortalItem item : YEAR) {
            assertThat(item.at()).isAfterOrEqualTo(previous);
            previous = item.at();
        }
        assertThat(previous).isBefore(LocalClock.startOf(TO));
        assertThat(YEAR.get(0).at()).isAfter(LocalClock.startOf(FROM).minusSeconds(86_400));
    }

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        LocalDate monthEnd = FROM.plusMonths(1);
        List<PortalItem> month = drain(new PortalStream(PROVINCE, 11, FROM, monthEnd));
        assertThat(month).hasSizeGreaterThan(1_000).isEqualTo(drain(new PortalStream(PROVINCE, 11, FROM, monthEnd)));
        assertThat(drain(new PortalStream(PROVINCE, 12, FROM, monthEnd))).isNotEqualTo(month);
    }

    @Test
    void aYearAtScaleOneFiftiethHasThePlansProportions() {
        List<DossierEvent> events = YEAR.stream().filter(DossierEvent.class::isInstance).map(DossierEvent.class::cast).toList();
        long received = events.stream().filter(e -> e.status().equals("RECEIVED")).count();
        long online = events.stream().filter(e -> e.status().equals("RECEIVED") && "ONLINE".equals(e.channel())).count();
        long resolved = events.stream().filter(e -> e.status().equals("RESOLVED")).count();
        long late = events.stream().filter(e -> e.status().equals("RESOLVED") && e.late()).count();
        assertThat(received).isBetween(13_500L, 14_500L);
        assertThat((double) online / received).as("online share (plan: 21.62 %)").isBetween(0.15, 0.30);
        assertThat((double) late / resolved).as("late share (plan: 3.78 %)").isBetween(0.025, 0.055);
        assertThat((double) resolved / received).isBetween(0.95, 1.0);
        assertThat((double) events.size() / received).as("events per dossier").isBetween(4.0, 5.0);
        assertThat(events.stream().filter(e -> e.status().equals("SUPPLEMENT_REQUESTED")).count()).isPositive();
        assertThat(events.stream().filter(e -> e.status().equals("APOLOGY_ISSUED")).count()).isPositive();
        assertThat(events.stream().filter(e -> e.status().equals("EXTENDED")).count()).isPositive();
        assertThat(YEAR.stream().filter(Payment.class::isInstance).count()).isPositive();
        assertThat(YEAR.stream().filter(ReportSubmission.class::isInstance).count()).isBetween(10_000L, 14_000L);
    }

    @Test
    void twoDayReportPeriodsOfALaterWindowCountFromTheYearsFirstDayAsTheFormsDo() {
        LocalDate march = LocalDate.of(2022, 3, 1);
        List<String> periods = drain(new PortalStream(PROVINCE, 11, march, march.plusMonths(1))).stream()
                .filter(ReportSubmission.class::isInstance).map(ReportSubmission.class::cast)
                .filter(report -> report.formCode().equals("STEERING")).map(ReportSubmission::period).distinct().toList();
        assertThat(periods).isNotEmpty().doesNotContain("2022-03-01").contains("2022-03-02", "2022-03-30")
                .allSatisfy(period -> assertThat(ChronoUnit.DAYS.between(FROM, LocalDate.parse(period)) % 2).isZero());
    }

    @Test
    void everyDossierIsOpenedWithItsUnitServiceAndChannelAndEachEventHasItsOwnId() {
        Map<String, ServiceSpec> services = new HashMap<>();
        PROVINCE.services().forEach(service -> services.put(service.code(), service));
        Set<String> units = PROVINCE.unitsByCode().keySet();
        Set<String> eventIds = new HashSet<>();
        Set<String> opened = new HashSet<>();
        for (PortalItem item : YEAR) {
            if (item instanceof DossierEvent event) {
                assertThat(eventIds.add(event.eventId())).as(event.eventId()).isTrue();
                if (event.status().equals("SUBMITTED") || event.status().equals("RECEIVED")) {
                    assertThat(units).contains(event.unitCode());
                    assertThat(services).containsKey(event.serviceCode());
                    assertThat(event.channel()).isIn("ONLINE", "DIRECT", "POSTAL");
                    opened.add(event.dossierId());
                }
                if (event.status().equals("RECEIVED")) {
                    assertThat(event.dueAt()).isAfter(event.at());
                    if ("ONLINE".equals(event.channel())) {
                        assertThat(services.get(event.serviceCode()).online()).isTrue();
                    }
                }
                assertThat(opened).contains(event.dossierId());
            }
        }
    }

    @Test
    void theExpectationsCountOnlyWhatWasEmitted() {
        PortalStream stream = new PortalStream(PROVINCE, 11, FROM, TO);
        List<PortalItem> items = drain(stream);
        assertThat(stream.expected().items(Expected.Kind.DOSSIER_EVENT))
                .isEqualTo(items.stream().filter(DossierEvent.class::isInstance).count());
        assertThat(stream.expected().received())
                .isEqualTo(items.stream().filter(i -> i instanceof DossierEvent e && e.status().equals("RECEIVED")).count());
        long paid = 0;
        for (PortalItem item : items) {
            if (item instanceof Payment payment) {
                paid += payment.status().equals("SUCCESS") ? payment.amountVnd()
                        : payment.status().equals("REFUNDED") ? -payment.amountVnd() : 0;
            }
        }
        assertThat(stream.expected().paymentAmount().longValueExact()).isEqualTo(paid);
    }

    private static List<PortalItem> drain(PortalStream stream) {
        List<PortalItem> items = new ArrayList<>();
        stream.forEachRemaining(items::add);
        return items;
    }
}
