package org.complaintdesk.analytics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments per courier and month, uploaded as CSV ({@code courier,month,shipments}) for the courier scorecard.
 * A file is taken whole or not at all, so a supervisor fixes the named lines and sends the same file again
 * without wondering which rows got in; sending a courier's month again replaces its figure.
 */
@Service
class CourierVolumes {

    static final int MAX_ROWS = 10_000;
    static final long MAX_SHIPMENTS = 1_000_000_000L;
    private static final List<String> COLUMNS = List.of("courier", "month", "shipments");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CourierVolumes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Volume(String courier, YearMonth month, long shipments) {
    }

    @Transactional
    VolumeUpload upload(String csv, String uploadedBy) {
        List<Volume> volumes = read(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        int replaced = 0;
        Timestamp now = Timestamp.from(clock.instant());
        try {
            for (Volume v : volumes) {
                int updated = jdbc.update("update courier_volume set shipments = ?, uploaded_at = ?, uploaded_by = ?"
                        + " where courier = ? and month_start = ?", v.shipments(), now, uploadedBy, v.courier(),
                        v.month().atDay(1));
                if (updated == 0) {
                    jdbc.update("insert into courier_volume (courier, month_start, shipments, uploaded_at, uploaded_by)"
                            + " values (?, ?, ?, ?, ?)", v.courier(), v.month().atDay(1), v.shipments(), now, uploadedBy);
                } else {
                    replaced++;
                }
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("concurrent-volume-upload", "Another upload of the same courier and month ran at the same time;"
                    + " nothing of this file was stored. Send it again.");
        }
        return new VolumeUpload(volumes.size(), replaced);
    }

    /** Every row, or an exception naming every bad line (the header is line 1). */
    private static List<Volume> read(String csv) {
        List<FieldViolation> bad = new ArrayList<>();
        List<Volume> volumes = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            if (!new HashSet<>(header).equals(new HashSet<>(COLUMNS)) || header.size() != COLUMNS.size()) {
                throw new InvalidRequestException("line 1", "the header must name the columns " + COLUMNS
                        + " (in any order), found " + header);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (volumes.size() + bad.size() >= MAX_ROWS) {
                    bad.add(new FieldViolation("line " + line, "a file may have at most " + MAX_ROWS + " rows"));
                    break;
                }
                Volume v = volume(row, "line " + line, bad);
                if (v != null && !seen.add(v.courier() + "\n" + v.month())) {
                    bad.add(new FieldViolation("line " + line, "repeats courier " + v.courier() + " and month "
                            + v.month() + " of an earlier line"));
                } else if (v != null) {
                    volumes.add(v);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            bad.add(new FieldViolation("file", "is not valid CSV: " + e.getMessage()));
        }
        if (bad.isEmpty() && volumes.isEmpty()) {
            bad.add(new FieldViolation("file", "has no rows after the header"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidRequestException(bad);
        }
        return volumes;
    }

    private static Volume volume(CSVRecord row, String line, List<FieldViolation> bad) {
        if (row.size() != COLUMNS.size()) {
            bad.add(new FieldViolation(line, "must have " + COLUMNS.size() + " values, has " + row.size()));
            return null;
        }
        int before = bad.size();
        String courier = row.get("courier");
        if (courier.isEmpty() || courier.length() > 100 || !PlainText.is(courier)) {
            bad.add(new FieldViolation(line, "courier must be 1 to 100 characters of text"));
        }
        YearMonth month = null;
        try {
            month = YearMonth.parse(row.get("month"));
        } catch (DateTimeParseException e) {
            bad.add(new FieldViolation(line, "month must be like 2026-11"));
        }
        long shipments = -1;
        try {
            shipments = Long.parseLong(row.get("shipments"));
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        if (shipments < 0 || shipments > MAX_SHIPMENTS) {
            bad.add(new FieldViolation(line, "shipments must be a whole number from 0 to " + MAX_SHIPMENTS));
        }
        return bad.size() == before ? new Volume(courier, month, shipments) : null;
    }
}
