package vn.dvc.contracts.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a dossier came in: online, at the counter, or by public postal service. Read by name or by the DVCQG
 * {@code KenhThucHien} code (1 direct, 2 online, 3 postal).
 */
public enum Channel {
    ONLINE("2"), DIRECT("1"), POSTAL("3");

    private final String nationalCode;

    Channel(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    /** Unknown values fail the read, and the problem names the field. */
    @JsonCreator
    public static Channel of(String nameOrCode) {
        String value = nameOrCode.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(channel -> channel.name().equals(value) || channel.nationalCode.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a channel"));
    }
}
