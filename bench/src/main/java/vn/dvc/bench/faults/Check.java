package vn.dvc.bench.faults;

/** One property the oracle checked after a case: what, whether it held, and what was seen. */
public record Check(String what, boolean held, String seen) {

    static Check of(String what, boolean held, String seen) {
        return new Check(what, held, seen);
    }
}
