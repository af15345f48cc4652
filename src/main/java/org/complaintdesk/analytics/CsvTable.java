package org.complaintdesk.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as the analytics endpoints offer it for download: a header and rows, written by Commons CSV (RFC 4180:
 * commas, CRLF, quotes where a value needs them), so a courier called {@code "Fast, Cheap"} stays one cell.
 * Nulls are empty cells. Text that a spreadsheet would run as a formula (starting with {@code = + - @}) gets a
 * leading apostrophe, as OWASP advises for CSV files opened in spreadsheets.
 */
record CsvTable(List<String> header, List<List<?>> rows) {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

    String write() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static Object inert(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
