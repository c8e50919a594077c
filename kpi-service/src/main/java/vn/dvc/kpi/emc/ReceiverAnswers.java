package vn.dvc.kpi.emc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is kept of a receiver's answer to a push (shown to ministry and ops keys beside the delivery): at most
 * {@link #READ} bytes of it are read — a receiver answering gigabytes holds nothing here — and of those the first
 * {@link #KEPT} characters kept, with anything shaped like a credential taken out first: the push's own token, a
 * {@code Bearer …} or {@code Basic …} value, an {@code Authorization} header echoed back, a {@code token}, {@code secret}
 * or {@code password} field. A receiver that echoes the request must not leak the token through the answer.
 */
final class ReceiverAnswers {

    static final int READ = 64 * 1024;
    static final int KEPT = 500;
    static final String HIDDEN = "[đã che]";
    private static final Pattern SCHEMES = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern HEADER = Pattern.compile("(?im)^(\\s*(?:Proxy-)?Authorization\\s*:).*$");
    private static final Pattern FIELDS = Pattern.compile(
            "(?i)(\"?(?:access_token|refresh_token|token|secret|password|apiKey|api_key|authorization)\"?\\s*[:=]\\s*\"?)(?!\\[đã che])[^\"&,}\\s]+");

    private ReceiverAnswers() {
    }

    /** Reads at most {@link #READ} bytes of the answer, then closes it. */
    static String read(InputStream body) throws IOException {
        try (InputStream in = body) {
            return new String(in.readNBytes(READ), StandardCharsets.UTF_8);
        }
    }

    /** The answer as it may be stored and served: credentials taken out, then cut to {@link #KEPT} characters. */
    static String kept(String answer, Optional<String> token) {
        String text = answer == null ? "" : answer;
        if (token.isPresent() && !token.get().isBlank()) {
            text = text.replace(token.get(), HIDDEN);
        }
        text = HEADER.matcher(text).replaceAll("$1 " + HIDDEN);
        text = SCHEMES.matcher(text).replaceAll("$1 " + HIDDEN);
        text = FIELDS.matcher(text).replaceAll("$1" + HIDDEN);
        return text.length() > KEPT ? text.substring(0, KEPT) : text;
    }
}
