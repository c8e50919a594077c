package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/** A campaign's online-only pilot as stored. */
public record OnlineOnlyView(String campaign, LocalDate from, List<String> services, List<String> units) {
}
