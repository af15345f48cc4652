package org.complaintdesk.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The analytics API for supervisors, auditors and administrators (docs/ANALYTICS.md): key figures, breakdowns,
 * the daily trend, courier and merchant scorecards and the case funnel, every table also as CSV
 * ({@code ?format=csv} or {@code Accept: text/csv}); and the upload of courier volumes (supervisors and
 * administrators). Who may call what is decided in SecurityConfiguration.
 */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AnalyticsParameters parameters;
    private final KeyFigures keyFigures;
    private final Breakdowns breakdowns;
    private final Trends trends;
    private final Scorecards scorecards;
    private final CaseFunnel funnel;
    private final CourierVolumes volumes;

    AnalyticsController(AnalyticsParameters parameters, KeyFigures keyFigures, Breakdowns breakdowns, Trends trends,
                        Scorecards scorecards, CaseFunnel funnel, CourierVolumes volumes) {
        this.parameters = parameters;
        this.keyFigures = keyFigures;
        this.breakdowns = breakdowns;
        this.trends = trends;
        this.scorecards = scorecards;
        this.funnel = funnel;
        this.volumes = volumes;
    }

    @GetMapping("/summary")
    Summary summary(AnalyticsParameters.Query query, @RequestParam(required = false) String format) {
        if (format != null && !format.strip().equals("json")) {
            throw new InvalidRequestException("format", "the summary is not a table: json only");
        }
        return keyFigures.summarize(parameters.read(query));
    }

    @GetMapping("/breakdown/{dimension}")
    ResponseEntity<?> breakdown(@PathVariable String dimension, AnalyticsParameters.Query query,
                                HttpServletRequest request) {
        Dimension by = Dimension.byPath(dimension).orElseThrow(() -> new InvalidRequestException("dimension",
                "must be one of " + Dimension.paths()));
        boolean csv = wantsCsv(request);
        Breakdown result = breakdowns.split(parameters.read(query), by);
        return answer(result, result::csv, csv, "breakdown-" + by.path());
    }

    @GetMapping("/trend")
    ResponseEntity<?> trend(AnalyticsParameters.Query query, HttpServletRequest request) {
        boolean csv = wantsCsv(request);
        Trend result = trends.daily(parameters.read(query));
        return answer(result, result::csv, csv, "trend");
    }

    @GetMapping("/scorecards/couriers")
    ResponseEntity<?> couriers(AnalyticsParameters.Query query, HttpServletRequest request) {
        boolean csv = wantsCsv(request);
        CourierScorecard result = scorecards.couriers(parameters.read(query));
        return answer(result, result::csv, csv, "courier-scorecard");
    }

    @GetMapping("/scorecards/merchants")
    ResponseEntity<?> merchants(AnalyticsParameters.Query query, HttpServletRequest request) {
        boolean csv = wantsCsv(request);
        MerchantScorecard result = scorecards.merchants(parameters.read(query));
        return answer(result, result::csv, csv, "merchant-scorecard");
    }

    @GetMapping("/funnel")
    ResponseEntity<?> funnel(AnalyticsParameters.Query query, HttpServletRequest request) {
        boolean csv = wantsCsv(request);
        Funnel result = funnel.follow(parameters.read(query));
        return answer(result, result::csv, csv, "funnel");
    }

    /** Volumes as the CSV body itself ({@code Content-Type: text/csv}). */
    @PostMapping(path = "/courier-volumes", consumes = "text/csv")
    VolumeUpload uploadVolumes(@RequestBody(required = false) String csv, Authentication caller) {
        return volumes.upload(csv == null ? "" : csv, caller.getName());
    }

    /** Volumes as a file from a form ({@code multipart/form-data}, part {@code file}). */
    @PostMapping(path = "/courier-volumes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VolumeUpload uploadVolumeFile(@RequestParam("file") MultipartFile file, Authentication caller) throws IOException {
        return volumes.upload(new String(file.getBytes(), StandardCharsets.UTF_8), caller.getName());
    }

    /**
     * CSV when {@code format=csv}, or without {@code format} when the Accept header prefers text/csv to JSON;
     * JSON otherwise.
     */
    private static boolean wantsCsv(HttpServletRequest request) {
        String format = request.getParameter("format");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (format != null) {
            return switch (format.strip()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidRequestException("format", "must be json or csv");
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false; // an unreadable Accept header gets the default
        }
        double csv = -1;
        double json = -1;
        for (MediaType type : accepted) {
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                csv = Math.max(csv, type.getQualityValue());
            } else if (type.getType().equals("application") && type.getSubtype().equals("json")) {
                json = Math.max(json, type.getQualityValue());
            }
        }
        return csv > 0 && csv > json;
    }

    private static ResponseEntity<?> answer(Object json, Supplier<CsvTable> table, boolean csv, String name) {
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv")
                        .build().toString())
                .body(table.get().write());
    }
}
