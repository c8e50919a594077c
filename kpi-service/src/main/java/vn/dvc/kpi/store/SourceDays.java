package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.rules.time.PortalTime;

/**
 * Counts each new snapshot's accepted events per unit, sending key and the events' own local day, one row change per
 * (unit, key, day) in a poll, in the poll's transaction — so a snapshot the inbox already saw is never counted again.
 */
@ApplicationScoped
public class SourceDays {

    private final Jdbc jdbc;

    public SourceDays(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Collection<DossierStateChanged> states) {
        Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing(Key::unitCode).thenComparing(Key::sourceKey)
                .thenComparing(Key::day));
        for (DossierStateChanged state : states) {
            if (state.unitCode() == null) {
                continue;
            }
            for (int i = 0; i < state.acceptedEventIds().size(); i++) {
                Instant at = i < state.acceptedEventTimes().size() && state.acceptedEventTimes().get(i) != null
                        ? state.acceptedEventTimes().get(i) : state.occurredAt();
                Key key = new Key(state.unitCode(), state.sourceKey() == null ? "" : state.sourceKey(),
                        at.atZone(PortalTime.LOCAL_ZONE).toLocalDate());
                tallies.computeIfAbsent(key, k -> new Tally()).add(at);
            }
        }
        List<List<?>> rows = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> rows.add(List.of(key.unitCode(), key.sourceKey(), Date.valueOf(key.day()),
                tally.events, Timestamp.from(tally.latest))));
        // in key order, so two instances' polls lock the rows they share in the same order
        jdbc.batch("INSERT INTO kpi_source_day (unit_code, source_key, day, events, latest_at) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE events = events + VALUES(events), latest_at = GREATEST(latest_at, VALUES(latest_at))",
                rows);
    }

    private record Key(String unitCode, String sourceKey, LocalDate day) {
    }

    private static final class Tally {
        private long events;
        private Instant latest = Instant.EPOCH;

        void add(Instant at) {
            events++;
            latest = at.isAfter(latest) ? at : latest;
        }
    }
}
