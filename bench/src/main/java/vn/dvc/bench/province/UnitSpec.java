package vn.dvc.bench.province;

/** A unit of the generated tree, as {@code PUT /units} takes it; {@code kind} is null for an ordinary body. */
public record UnitSpec(String code, String name, String tier, String parentCode, String kind) {

    public boolean isServicePoint() {
        return kind != null;
    }
}
