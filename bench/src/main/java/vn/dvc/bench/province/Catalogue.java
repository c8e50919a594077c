package vn.dvc.bench.province;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plan's catalogue (docs/counting-rules.md, "The seed's figures"): 1,784 services — province 1,446 (level 2: 109, level 3:
 * 115, level 4: 1,222), district 244 (18, 47, 179), commune 94 (6, 31, 57) — so 1,651 level-3/4 offerings. Codes are
 * fixed ({@code TT.0001} …), so every run shares one catalogue and indicator 1's denominators stay the plan's.
 */
final class Catalogue {

    private static final int[] PROCESSING_DAYS = {1, 3, 5, 7, 10, 15, 20, 30};
    private static final double[] PROCESSING_WEIGHTS = {0.10, 0.20, 0.22, 0.15, 0.15, 0.10, 0.05, 0.03};

    private Catalogue() {
    }

    static List<ServiceSpec> build(SplittableRandom random, List<UnitSpec> departments) {
        List<ServiceSpec> services = new ArrayList<>();
        addTier(services, random, "PROVINCE", 109, 115, 1_222, departments);
        addTier(services, random, "DISTRICT", 18, 47, 179, departments);
        addTier(services, random, "COMMUNE", 6, 31, 57, departments);
        return services;
    }

    private static void addTier(List<ServiceSpec> services, SplittableRandom random, String tier, int levelTwo,
                                int levelThree, int levelFour, List<UnitSpec> departments) {
        int count = levelTwo + levelThree + levelFour;
        for (int i = 0; i < count; i++) {
            int level = i < levelTwo ? 2 : i < levelTwo + levelThree ? 3 : 4;
            int number = services.size() + 1;
            String owner = null;
            String field;
            if (tier.equals("PROVINCE")) {
                int department = i % departments.size();
                owner = departments.get(department).code();
                List<String> fields = Fields.DEPARTMENTS.get(department).fields();
                field = fields.get(random.nextInt(fields.size()));
            } else {
                field = Fields.LOCAL_FIELDS.get(random.nextInt(Fields.LOCAL_FIELDS.size()));
            }
            boolean feeBearing = Fields.LAND.equals(field) || random.nextDouble() < 0.3;
            services.add(new ServiceSpec(String.format("TT.%04d", number), "Thủ tục số " + number + " – " + field,
                    field, feeBearing, tier, level, owner, pick(random, PROCESSING_DAYS, PROCESSING_WEIGHTS)));
        }
    }

    private static int pick(SplittableRandom random, int[] values, double[] weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
