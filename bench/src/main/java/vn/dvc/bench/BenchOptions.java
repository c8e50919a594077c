package vn.dvc.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's and the demo's options, {@code --name value}; every one has a default that measures the issue's
 * targets at scale 1. Unknown or malformed options are refused with the list of known ones.
 */
public record BenchOptions(double scale, long seed, String namespace, int concurrency, int batchSize, int year,
                           double steadyRate, int steadySeconds, int steadyBatch, double readRate,
                           boolean baselines, List<Long> groupBySizes, double demoRate, boolean profile) {

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("scale", "1"), Map.entry("seed", "20220601"), Map.entry("namespace", ""),
            Map.entry("concurrency", "4"), Map.entry("batch", "1000"), Map.entry("year", "2022"),
            Map.entry("steady-rate", "1000"), Map.entry("steady-seconds", "120"), Map.entry("steady-batch", "100"),
            Map.entry("read-rate", "20"), Map.entry("baselines", "true"),
            Map.entry("group-by-sizes", "1000000,10000000"), Map.entry("rate", "200"), Map.entry("profile", "false"));

    static final String HELP = "Options (defaults): --scale 1 --seed 20220601 --namespace <new per run> --concurrency 4 "
            + "--batch 1000 --year 2022 --steady-rate 1000 --steady-seconds 120 --steady-batch 100 --read-rate 20 "
            + "--baselines true --group-by-sizes 1000000,10000000 --profile false (JFR of every JVM during the backfill) "
            + "(demo: --rate 200)";

    public static BenchOptions parse(List<String> args) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name == null || !DEFAULTS.containsKey(name) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("Unknown or incomplete option '" + arg + "'. " + HELP);
            }
            values.put(name, args.get(++i));
        }
        try {
            String namespace = values.get("namespace").isBlank() ? freshNamespace() : values.get("namespace");
            if (!namespace.matches("[A-Za-z0-9]{1,12}")) {
                throw new IllegalArgumentException("--namespace must be 1–12 letters or digits");
            }
            return new BenchOptions(Double.parseDouble(values.get("scale")), Long.parseLong(values.get("seed")), namespace,
                    positive("concurrency", values), positive("batch", values), Integer.parseInt(values.get("year")),
                    Double.parseDouble(values.get("steady-rate")), positive("steady-seconds", values),
                    positive("steady-batch", values), Double.parseDouble(values.get("read-rate")),
                    yes(values.get("baselines")),
                    Arrays.stream(values.get("group-by-sizes").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .map(Long::parseLong).toList(), Double.parseDouble(values.get("rate")), yes(values.get("profile")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A numeric option is malformed (" + e.getMessage() + "). " + HELP);
        }
    }

    public LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return from().plusYears(1);
    }

    private static boolean yes(String value) {
        return Set.of("true", "yes", "1").contains(value);
    }

    private static int positive(String name, Map<String, String> values) {
        int value = Integer.parseInt(values.get(name));
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return value;
    }

    /** A namespace no earlier run used: "B" and the time in base 36. */
    private static String freshNamespace() {
        return "B" + Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
    }
}
