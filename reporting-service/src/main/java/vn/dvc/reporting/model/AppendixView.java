package vn.dvc.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dvc.reporting.sheet.Column;
import vn.dvc.reporting.sheet.Table;

/** An appendix as JSON: its Vietnamese title, its columns (key, header, type) and its rows keyed by column. */
public record AppendixView(int appendix, LocalDate from, LocalDate to, String rulesVersion, String title,
                           String subtitle, List<Column> columns, List<Map<String, Object>> rows) {

    public static AppendixView of(int appendix, LocalDate from, LocalDate to, String rulesVersion, Table table) {
        return new AppendixView(appendix, from, to, rulesVersion, table.title(), table.subtitle(), table.columns(),
                table.records());
    }
}
