package vn.dvc.commons.web;

/**
 * Text a user supplied (a unit's name, a payment's field, a provider) that a spreadsheet would run as a formula: it
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP, "CSV Injection"). Exports
 * write it as text — behind a single quote in CSV, as a quote-prefixed text cell in XLSX — never as a formula.
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV field shows it: a single quote before a formula-like text, so it stays text. */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
