package org.complaintdesk.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.ChineseScript;

/** The classifier's terms, read from the vocabulary file process owners edit. */
final class Vocabulary {

    static final String SAFETY_HAZARD = "SAFETY_HAZARD";

    /** One term; {@code category} is null for a safety-hazard term. */
    record Term(Category category, int weight, String text, Pattern pattern) {

        boolean isSafetyHazard() {
            return category == null;
        }

        int countIn(String normalizedText) {
            if (pattern == null) {
                int count = 0;
                for (int at = normalizedText.indexOf(text); at >= 0 && count < 2;
                     at = normalizedText.indexOf(text, at + text.length())) {
                    count++;
                }
                return count;
            }
            var matcher = pattern.matcher(normalizedText);
            int count = 0;
            while (count < 2 && matcher.find()) {
                count++;
            }
            return count;
        }
    }

    private final List<Term> terms;

    private Vocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    List<Term> terms() {
        return terms;
    }

    static Vocabulary read(InputStream in, String source) throws IOException {
        List<Term> terms = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(source + ":" + number + ": expected CATEGORY<TAB>weight<TAB>term");
                }
                terms.add(term(fields[0].strip(), fields[1].strip(), fields[2].strip(), source + ":" + number));
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException(source + ": no terms");
        }
        return new Vocabulary(terms);
    }

    private static Term term(String category, String weight, String text, String where) {
        Category parsed = null;
        if (!SAFETY_HAZARD.equals(category)) {
            try {
                parsed = Category.valueOf(category);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown category " + category, e);
            }
        }
        int parsedWeight;
        try {
            parsedWeight = Integer.parseInt(weight);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": weight must be a whole number, not " + weight, e);
        }
        if (parsedWeight < 1 || parsedWeight > 5 || text.isEmpty()) {
            throw new IllegalArgumentException(where + ": weight must be 1..5 and the term not empty");
        }
        String normalized = normalize(text);
        Pattern pattern = hasLatinLetter(normalized)
                ? Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalized) + "(?:s|es|d|ed|ing|er|ers)?(?![\\p{L}\\p{N}])")
                : null;
        return new Term(parsed, parsedWeight, normalized, pattern);
    }

    /** Lower case, full-width folded to half-width, traditional Chinese to simplified, curly quotes straight. */
    static String normalize(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        return ChineseScript.toSimplified(folded);
    }

    private static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
