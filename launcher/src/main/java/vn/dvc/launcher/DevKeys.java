package vn.dvc.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Development API keys, one per role, and the identity-signing secret, made on the first start of a run folder and kept there (a file only its owner
 * reads) so that scripts keep working across restarts. The gateway gets their SHA-256 hashes, never the tokens
 * (gateway.security.keys); the launcher prints the tokens. Tokens follow the gateway's format, dvc_<id>_<secret>.
 */
public final class DevKeys {

    public static final List<String> ROLES = List.of("portal", "ministry", "ops", "unit");
    private static final String IDENTITY_SECRET = "identity-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> tokens;
    private final String unitCode;
    private final String identitySecret;

    private DevKeys(Map<String, String> tokens, String unitCode, String identitySecret) {
        this.tokens = tokens;
        this.unitCode = unitCode;
        this.identitySecret = identitySecret;
    }

    /** The secret the gateway signs callers' identities with and the services check them by, for this run folder. */
    public String identitySecret() {
        return identitySecret;
    }

    /** The run folder's keys, made now if it has none; the unit key belongs to {@code unitCode}. */
    public static DevKeys of(Path runDir, String unitCode) {
        Path file = runDir.resolve("dev-keys.properties");
        Properties stored = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    stored.load(reader);
                }
            }
            boolean changed = false;
            if (stored.getProperty(IDENTITY_SECRET) == null) {
                stored.setProperty(IDENTITY_SECRET, newToken().substring(17));
                changed = true;
            }
            for (String role : ROLES) {
                if (stored.getProperty(role) == null) {
                    stored.setProperty(role, newToken());
                    changed = true;
                }
            }
            if (changed) {
                StringWriter text = new StringWriter();
                stored.store(text, "Development API keys (X-API-Key or Authorization: Bearer); the gateway holds only their hashes");
                SecretFiles.write(file, text.toString());
            }
        } catch (IOException e) {
            throw new LauncherException("Could not keep the development keys in " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, stored.getProperty(role)));
        return new DevKeys(tokens, unitCode, stored.getProperty(IDENTITY_SECRET));
    }

    public String token(String role) {
        return tokens.get(role);
    }

    public String unitCode() {
        return unitCode;
    }

    /** The gateway's gateway.security.keys: {@code <id>:<role>:<unit>:<sha256>:<name>}, comma-separated. */
    public String gatewayConfig() {
        return tokens.entrySet().stream().map(entry -> String.join(":", entry.getValue().substring(4, 16), entry.getKey(),
                entry.getKey().equals("unit") ? unitCode : "", sha256(entry.getValue()), "dev-" + entry.getKey()))
                .collect(Collectors.joining(","));
    }

    private static String newToken() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return "dvc_" + HexFormat.of().formatHex(id) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
