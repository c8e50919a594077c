package vn.dvc.bench.faults;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import vn.dvc.bench.stream.PortalItem;

/**
 * Fault 2: the portal sends a tenth of its items twice (the copy some hundred items later) and shuffles them within
 * windows of 500, so a dossier's later events often come before its receipt. The faults are in the stream itself; the
 * three rounds add nothing.
 */
final class DuplicatedAndReordered implements FaultCase {

    private static final int WINDOW = 500;
    private static final double DUPLICATED = 0.10;

    public String name() {
        return "duplicated-reordered";
    }

    public String fault() {
        return "10 % of the portal's items sent twice, all shuffled within windows of 500";
    }

    public Duration load(boolean full) {
        return Duration.ofSeconds(full ? 90 : 25);
    }

    public void inject(Injector injector, int round, boolean full) {
        injector.say("round " + round + ": the stream carries the duplicates and the disorder");
    }

    @Override
    public Iterator<PortalItem> decorate(Iterator<PortalItem> stream, long seed) {
        return new Shuffled(stream, new Random(seed));
    }

    /** Reads a window, adds the duplicates of the previous window's picks, shuffles, emits. */
    private static final class Shuffled implements Iterator<PortalItem> {
        private final Iterator<PortalItem> source;
        private final Random random;
        private final Deque<PortalItem> ready = new ArrayDeque<>();
        private List<PortalItem> carried = new ArrayList<>();

        Shuffled(Iterator<PortalItem> source, Random random) {
            this.source = source;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            fill();
            return !ready.isEmpty();
        }

        @Override
        public PortalItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void fill() {
            if (!ready.isEmpty() || (!source.hasNext() && carried.isEmpty())) {
                return;
            }
            List<PortalItem> window = new ArrayList<>(carried);
            List<PortalItem> again = new ArrayList<>();
            for (int i = 0; i < WINDOW && source.hasNext(); i++) {
                PortalItem item = source.next();
                window.add(item);
                if (random.nextDouble() < DUPLICATED) {
                    again.add(item);
                }
            }
            carried = again;
            Collections.shuffle(window, random);
            ready.addAll(window);
        }
    }
}
