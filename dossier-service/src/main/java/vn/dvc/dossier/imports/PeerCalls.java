package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.ContentDigest;
import vn.dvc.access.identity.IdentitySignature;
import vn.dvc.access.identity.SignedRequest;
import vn.dvc.commons.identity.Callers;

/**
 * dossier-service calling a peer's intake for rows it does not own (payments, units' totals), signed as the
 * {@code service} role as the gateway signs a caller's — this method, path and body digest, for that peer — so the
 * peer decides on it with its own checks and policy. URLs: {@code dossier.peers.<name>.url}.
 */
@ApplicationScoped
public class PeerCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, URI> peers;
    private final String secret;
    private final ObjectMapper json;
    private final Callers callers;

    public PeerCalls(@ConfigProperty(name = "dossier.peers.payment.url") URI payment,
                     @ConfigProperty(name = "dossier.peers.reporting.url") URI reporting,
                     @ConfigProperty(name = "suite.identity.secret") String secret, ObjectMapper json, Callers callers) {
        this.peers = Map.of("payment", payment, "reporting", reporting);
        this.secret = secret;
        this.json = json;
        this.callers = callers;
    }

    /** A peer's answer: its status and its JSON body. */
    public record Answer(int status, JsonNode body) {
    }

    /** This service, held to the subtree of the key it acts for: the peer checks each row against it, as for the key. */
    private Caller asThisService() {
        return new Caller("dossier-service", "service", callers.current().unitCode());
    }

    public Answer post(String peer, String path, JsonNode body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            String digest = ContentDigest.of(bytes);
            SignedRequest signed = new SignedRequest(peer, "POST", path, digest);
            HttpRequest request = HttpRequest.newBuilder(peers.get(peer).resolve(path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header(ContentDigest.HEADER, digest)
                    .header(IdentitySignature.HEADER, IdentitySignature.sign(asThisService(), signed, Instant.now(), secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body().length == 0 ? null : json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(peer + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
