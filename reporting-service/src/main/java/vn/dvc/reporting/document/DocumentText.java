package vn.dvc.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a Vietnamese document writes them: "1.234", "66,67". */
final class DocumentText {

    private static final DecimalFormatSymbols VIETNAMESE = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));

    private DocumentText() {
    }

    /** Up to two decimals, thousands grouped; "—" for none. */
    static String number(Number value) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", VIETNAMESE);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }
}
