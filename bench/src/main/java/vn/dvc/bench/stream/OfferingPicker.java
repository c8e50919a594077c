package vn.dvc.bench.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import vn.dvc.bench.province.ServiceSpec;

/**
 * Which service a dossier is for. Demand is skewed as on a real portal: a little over half the procedures of a tier
 * see no dossier in a year, and among the others a few (civil status, land) take most of them (Zipf, exponent 1).
 */
final class OfferingPicker {

    static final double UNUSED_SHARE = 0.55;

    private final List<ServiceSpec> used;
    private final double[] cumulative;

    private OfferingPicker(List<ServiceSpec> used, double[] cumulative) {
        this.used = used;
        this.cumulative = cumulative;
    }

    static OfferingPicker of(List<ServiceSpec> services, SplittableRandom random) {
        List<ServiceSpec> shuffled = new ArrayList<>(services);
        Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
        List<ServiceSpec> used = shuffled.subList(0, Math.max(1, (int) Math.round(shuffled.size() * (1 - UNUSED_SHARE))));
        double[] cumulative = new double[used.size()];
        double sum = 0;
        for (int rank = 0; rank < used.size(); rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        return new OfferingPicker(List.copyOf(used), cumulative);
    }

    ServiceSpec pick(SplittableRandom random) {
        return used.get(Weighted.index(cumulative, random));
    }
}
