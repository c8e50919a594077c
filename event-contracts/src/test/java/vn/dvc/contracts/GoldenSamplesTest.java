package vn.dvc.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.CatalogEvent;
import vn.dvc.contracts.catalog.ServiceChanged;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.Timeliness;
import vn.dvc.contracts.payment.PaymentAccountChanged;
import vn.dvc.contracts.payment.PaymentEvent;
import vn.dvc.contracts.payment.PaymentRecorded;
import vn.dvc.contracts.quality.FeedbackItemChanged;
import vn.dvc.contracts.quality.FeedbackStep;
import vn.dvc.contracts.quality.QualityEvent;

/** The golden samples are the contract: producers write them, consumers read them, unknown fields are ignored. */
class GoldenSamplesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void dossierStateReadsAndIgnoresFieldsFromLaterVersions() throws IOException {
        DossierStateChanged state = read("dossier-state-changed.json", DossierStateChanged.class);

        assertThat(state.dossierId()).isEqualTo("000.00.01.H10-220601-0001");
        assertThat(state.version()).isEqualTo(4);
        assertThat(state.channel()).isEqualTo(Channel.ONLINE);
        assertThat(state.receivedAt()).isEqualTo(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(state.acceptedEventIds()).containsExactly("p-000125", "p-000126");
        assertThat(state.deadline().dueAtInForce()).isEqualTo(Instant.parse("2022-06-09T10:00:00Z"));
        assertThat(state.deadline().supplementRequests()).isEqualTo(1);
        assertThat(state.ending().timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(state.apology()).isNull();
        assertThat(state.flags().electronicResult()).isTrue();
        assertThat(state.acceptedEventTimes()).containsExactly(Instant.parse("2022-06-08T09:00:00Z"),
                Instant.parse("2022-06-09T02:00:00Z"));
        assertThat(state.sourceKey()).isEqualTo("portal-bp");
        assertThat(state.anomalies()).extracting(DossierStateChanged.Anomaly::kind).containsExactly("REPEATED_SUPPLEMENT_REQUEST");
    }

    @Test
    void catalogEventsReadByTheirTypeWithVietnameseTextIntact() throws IOException {
        CatalogEvent unit = read("unit-changed.json", CatalogEvent.class);
        CatalogEvent service = read("service-changed.json", CatalogEvent.class);

        assertThat(unit).isInstanceOf(UnitChanged.class);
        assertThat(((UnitChanged) unit).name()).isEqualTo("Sở Tư pháp");
        assertThat(unit.key()).isEqualTo("unit/H10.01");
        assertThat(service).isInstanceOf(ServiceChanged.class);
        assertThat(((ServiceChanged) service).offerings()).singleElement()
                .satisfies(offering -> assertThat(offering.onlineMode()).isEqualTo("FULL"));
        assertThat(service.key()).isEqualTo("service/1.004227");
    }

    @Test
    void catalogEventsRoundTripWithTheirTypeName() throws IOException {
        CatalogEvent original = new UnitChanged("e-1", Instant.parse("2022-06-01T00:00:00Z"), "X", "Xã Tân Hưng",
                Tier.COMMUNE, "H", null);

        String written = json.writeValueAsString(original);

        assertThat(written).contains("\"type\":\"UnitChanged\"");
        assertThat(json.readValue(written, CatalogEvent.class)).isEqualTo(original);
    }

    @Test
    void everyEventTopicHasItsDeadLetterTopic() {
        assertThat(Topic.all()).extracting(Topic::name).containsExactly("dossier-events", "dossier-events-dlq",
                "dossier-events-live", "dossier-events-live-dlq", "catalog-events", "catalog-events-dlq", "payment-events", "payment-events-dlq", "report-events",
                "report-events-dlq", "quality-events", "quality-events-dlq");
        assertThat(Topic.CATALOG_EVENTS.compacted()).isTrue();
        assertThat(Topic.DOSSIER_EVENTS.deadLetter().compacted()).isFalse();
    }

    @Test
    void paymentsKeepExactAmountsBeyondFloatingPointAndVietnameseFields() throws IOException {
        PaymentEvent event = read("payment-recorded.json", PaymentEvent.class);

        assertThat(event).isInstanceOf(PaymentRecorded.class);
        PaymentRecorded payment = (PaymentRecorded) event;
        assertThat(payment.amountVnd()).isEqualTo(999_999_999_999_999L);
        assertThat(payment.field()).isEqualTo("Đất đai");
        assertThat(payment.unitTier()).isEqualTo(Tier.DISTRICT);
        assertThat(payment.key()).isEqualTo("VNPAY-220601-000001");
        assertThat(new PaymentAccountChanged("e", Instant.EPOCH, "VPDK", true, "VNPAY", null).key())
                .isEqualTo("account/VPDK");
    }

    @Test
    void aFeedbackItemCarriesItsStepsAndCountsButNothingOfItsSender() throws IOException {
        QualityEvent event = read("feedback-item-changed.json", QualityEvent.class);

        assertThat(event).isInstanceOf(FeedbackItemChanged.class);
        FeedbackItemChanged item = (FeedbackItemChanged) event;
        assertThat(item.key()).isEqualTo("feedback/PAKN-2022-000123");
        assertThat(item.steps()).extracting(FeedbackItemChanged.Step::kind)
                .containsExactly(FeedbackStep.TRANSFERRED, FeedbackStep.HANDLED);
        assertThat(item.steps().get(0).toUnit()).isEqualTo("H10.02");
        assertThat(List.of(item.likes(), item.dislikes())).containsExactly(4, 1);
        assertThat(json.readValue(json.writeValueAsString(item), QualityEvent.class)).isEqualTo(item);
    }

    private <T> T read(String sample, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + sample)) {
            return json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, type);
        }
    }
}
