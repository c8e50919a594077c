package vn.dvc.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics a service consumes and its consumer groups, as its {@code application.properties} names them for a
 * profile ({@code %test.} settings override the others in the test profile).
 */
record ConsumerChannels(List<String> topics, List<String> groups) {

    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    static ConsumerChannels of(Path properties, Optional<String> profile) {
        Properties all = new Properties();
        try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            all.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + properties, e);
        }
        TreeSet<String> topics = new TreeSet<>();
        TreeSet<String> groups = new TreeSet<>();
        for (String name : all.stringPropertyNames()) {
            Matcher incoming = INCOMING.matcher(name);
            if (incoming.matches()) {
                String channel = incoming.group(1);
                topics.add(valueOf(all, name, profile));
                groups.add(valueOf(all, "mp.messaging.incoming." + channel + ".group.id", profile));
            }
        }
        return new ConsumerChannels(List.copyOf(topics), List.copyOf(groups));
    }

    private static String valueOf(Properties all, String name, Optional<String> profile) {
        return profile.map(active -> all.getProperty("%" + active + "." + name)).or(() -> Optional.ofNullable(all.getProperty(name)))
                .orElseThrow(() -> new LauncherException("No " + name + " in the service's application.properties"));
    }
}
