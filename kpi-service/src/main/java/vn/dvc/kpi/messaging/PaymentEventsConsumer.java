package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.payment.PaymentEvent;
import vn.dvc.kpi.store.PaymentFacts;

/** Applies each poll of {@code payment-events} to the payment facts, summary rows and dossiers, once per event id. */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CONSUMER = "kpi-payment-events";

    private final OnceOnlyBatches batches;
    private final PaymentFacts payments;

    public PaymentEventsConsumer(OnceOnlyBatches batches, PaymentFacts payments) {
        this.batches = batches;
        this.payments = payments;
    }

    @Incoming("payment-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, PaymentEvent.class, PaymentEvent::eventId, payments::apply);
    }
}
