package vn.dvc.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;

/** A unit tree of the test's own (codes suffixed by a run id), published on the real catalog-events topic. */
final class ReportingTestUnits {

    private ReportingTestUnits() {
    }

    static void publish(ObjectMapper json, Jdbc jdbc, List<UnitChanged> units) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (UnitChanged unit : units) {
                producer.send(new ProducerRecord<>("catalog-events", unit.key(), json.writeValueAsString(unit)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<String> codes = units.stream().map(UnitChanged::code).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.one("SELECT COUNT(*) AS known FROM unit_copy WHERE code IN ("
                + Jdbc.placeholders(codes.size()) + ")", codes).longValue("known") == codes.size());
    }

    static UnitChanged unit(String code, String name, String tier, String parent) {
        return new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, name, Tier.valueOf(tier), parent, null);
    }
}
