package vn.dvc.dossier.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a spreadsheet's column headers as a kind of row's fields, whatever language and spelling the export used:
 * "Mã hồ sơ", "ma ho so", "MaHoSo", "Dossier ID" and "dossierId" are one column. Headers are compared without
 * diacritics (đ as d), case, spaces or punctuation.
 */
public final class HeaderNames {

    private final Map<String, String> fieldByKey = new HashMap<>();

    /** {@code aliases}: each field and the headers that name it (the field's own name is always one). */
    public HeaderNames(Map<String, List<String>> aliases) {
        aliases.forEach((field, names) -> {
            fieldByKey.put(key(field), field);
            names.forEach(name -> fieldByKey.put(key(name), field));
        });
    }

    /** The field a header names, if any. */
    public Optional<String> fieldOf(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(fieldByKey.get(key(header)));
    }

    /** "Mã hồ sơ" → "mahoso": no diacritics, đ as d, lower case, letters and digits only. */
    public static String key(String text) {
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
