package vn.dvc.bench.province;

/**
 * How big the generated province is. Scale 1 is Bình Phước in 2022: 20 departments, 11 districts, 111 communes, the
 * plan's 1,784 services and about 700,000 dossiers a year. A smaller scale keeps the tree and the catalogue (a
 * province is a province) and makes fewer dossiers; a larger one also grows the districts and communes.
 */
public record ProvinceShape(double scale, int departments, int districts, int communes, int dossiersPerYear) {

    static final int DOSSIERS_PER_YEAR_AT_SCALE_1 = 700_000;

    public static ProvinceShape of(double scale) {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must be above 0 and at most 100, was " + scale);
        }
        double tree = Math.max(1, scale);
        return new ProvinceShape(scale, Fields.DEPARTMENTS.size(), (int) Math.round(11 * tree),
                (int) Math.round(111 * tree), (int) Math.round(DOSSIERS_PER_YEAR_AT_SCALE_1 * scale));
    }
}
