package waitlist.app.importer;

/**
 * One thing wrong with a row of an extract, located as a spreadsheet user finds it:
 * {@code file:line:column: column-name: message}; column 1 is the first column (A).
 */
public record RowProblem(String file, int line, int column, String columnName, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + columnName + ": " + message;
    }
}
