package vn.dvc.dossier.imports;

/**
 * How much of a file one row may hold, so that no file can make its reader hold more than a row in memory: a cell's
 * characters, a row's characters and a row's columns. A row past a bound is refused with its number and reason;
 * reading goes on at the next row. Configuration: {@code dossier.imports.max-cell-chars}, {@code max-row-chars},
 * {@code max-columns}.
 */
public record ReadLimits(int cellChars, int rowChars, int columns) {

    public static final ReadLimits DEFAULT = new ReadLimits(64 * 1024, 1024 * 1024, 1_000);

    /** Why a row past a bound is refused, in Vietnamese (for the rejections file). */
    String cellTooLong() {
        return "có ô dài quá " + cellChars + " ký tự: dòng bị bỏ qua";
    }

    String rowTooLong() {
        return "dòng dài quá " + rowChars + " ký tự: bị bỏ qua";
    }

    String tooManyColumns() {
        return "dòng có quá " + columns + " cột: bị bỏ qua";
    }
}
