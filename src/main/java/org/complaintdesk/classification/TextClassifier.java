package org.complaintdesk.classification;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.complaintdesk.complaint.Category;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads a complaint's free text (zh-CN, zh-TW or English) and names its category with a confidence,
 * and whether it describes a safety hazard. Weighted terms from the vocabulary file; no training step,
 * so a process owner's edit to the vocabulary takes effect at the next start.
 */
@Component
public class TextClassifier {

    /** Total evidence at which a clear winner counts as fully confident. */
    private static final double FULL_EVIDENCE = 6.0;

    private final Vocabulary vocabulary;

    TextClassifier(@Value("${complaint-desk.classification.vocabulary}") Resource vocabularyFile) throws IOException {
        try (InputStream in = vocabularyFile.getInputStream()) {
            this.vocabulary = Vocabulary.read(in, vocabularyFile.getDescription());
        }
    }

    public Result classify(String text) {
        String normalized = Vocabulary.normalize(text == null ? "" : text);
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        boolean safetyHazard = false;
        for (Vocabulary.Term term : vocabulary.terms()) {
            int count = term.countIn(normalized);
            if (count == 0) {
                continue;
            }
            if (term.isSafetyHazard()) {
                safetyHazard = true;
            } else {
                scores.merge(term.category(), term.weight() * count, Integer::sum);
            }
        }
        Category best = Category.OTHER;
        int top = 0;
        int second = 0;
        for (var score : scores.entrySet()) {
            if (score.getValue() > top) {
                second = top;
                top = score.getValue();
                best = score.getKey();
            } else if (score.getValue() > second) {
                second = score.getValue();
            }
        }
        return new Result(best, confidence(top, second), safetyHazard, scores);
    }

    /**
     * How sure: the winner's share of the two best scores (a close race is unsure), damped when there is
     * little evidence at all (one weak word is unsure).
     */
    static double confidence(int top, int second) {
        if (top == 0) {
            return 0.0;
        }
        double share = (double) top / (top + second);
        double evidence = Math.min(1.0, top / FULL_EVIDENCE);
        return Math.round(share * evidence * 1000) / 1000.0;
    }

    public record Result(Category category, double confidence, boolean safetyHazard, Map<Category, Integer> scores) {
    }
}
