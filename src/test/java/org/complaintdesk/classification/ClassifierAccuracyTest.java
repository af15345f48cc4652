package org.complaintdesk.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Accuracy of the text classifier on labelled, realistic complaints in zh-CN, zh-TW and English
 * ({@code src/test/resources/classification}), each set written independently of the vocabulary:
 * <ul>
 *   <li>{@code labelled-complaints.tsv} (156): the vocabulary was tuned against it;</li>
 *   <li>{@code held-out-complaints.tsv} (60): its errors were seen once, before the one tuning round;</li>
 *   <li>{@code fresh-complaints.tsv} (72): written after tuning and never used for it — the honest figure.</li>
 * </ul>
 * Prints a table per category, the confident-but-wrong answers and every miss.
 */
class ClassifierAccuracyTest {

    /** The desk's threshold below which a case goes to triage (application.yaml). */
    static final double MIN_CONFIDENCE = 0.6;

    static TextClassifier classifier;

    @BeforeAll
    static void load() throws IOException {
        classifier = new TextClassifier(new ClassPathResource("processes/complaint-vocabulary.tsv"));
    }

    @Test
    void labelledSet_isClassifiedAtLeast85PercentRight_withFewConfidentMistakes() throws IOException {
        Report report = evaluate("classification/labelled-complaints.tsv");

        assertThat(report.total()).isGreaterThanOrEqualTo(120);
        assertThat(report.accuracy()).as("overall accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(report.confidentWrongShare()).as("share of confident but wrong answers").isLessThanOrEqualTo(0.05);
    }

    @Test
    void heldOutSet_isClassifiedAtLeast85PercentRight_withFewConfidentMistakes() throws IOException {
        Report report = evaluate("classification/held-out-complaints.tsv");

        assertThat(report.total()).isGreaterThanOrEqualTo(60);
        assertThat(report.accuracy()).as("overall accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(report.confidentWrongShare()).as("share of confident but wrong answers").isLessThanOrEqualTo(0.05);
    }

    @Test
    void freshSet_neverUsedForTuning_isClassifiedAtLeast85PercentRight() throws IOException {
        Report report = evaluate("classification/fresh-complaints.tsv");

        assertThat(report.total()).isGreaterThanOrEqualTo(72);
        assertThat(report.accuracy()).as("overall accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(report.confidentWrongShare()).as("share of confident but wrong answers").isLessThanOrEqualTo(0.05);
    }

    @Test
    void safetyHazards_areFoundInAllThreeLanguages() {
        assertThat(classifier.classify("The charger caught fire on my desk").safetyHazard()).isTrue();
        assertThat(classifier.classify("充电宝充电时冒烟还爆炸了").safetyHazard()).isTrue();
        assertThat(classifier.classify("吹風機漏電，我被電到了，手有灼傷").safetyHazard()).isTrue();
        assertThat(classifier.classify("The kettle is slow to boil").safetyHazard()).isFalse();
    }

    @Test
    void traditionalAndSimplifiedCharacters_areClassifiedAlike() {
        var simplified = classifier.classify("退款申请被驳回了，退货已经寄回仓库");
        var traditional = classifier.classify("退款申請被駁回了，退貨已經寄回倉庫");

        assertThat(traditional.category()).isEqualTo(simplified.category()).isEqualTo(Category.REFUND_RETURN);
        assertThat(traditional.confidence()).isEqualTo(simplified.confidence());
    }

    record Example(Category label, String locale, String text) {
    }

    record Report(int total, int correct, int confidentWrong) {
        double accuracy() {
            return (double) correct / total;
        }

        double confidentWrongShare() {
            return (double) confidentWrong / total;
        }
    }

    static Report evaluate(String file) throws IOException {
        List<Example> examples = read(file);
        Map<Category, int[]> perCategory = new EnumMap<>(Category.class); // n, correct, confident, confident-wrong
        Map<String, int[]> perLocale = new java.util.TreeMap<>();
        List<String> confidentWrong = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int correct = 0;
        for (Example example : examples) {
            TextClassifier.Result result = classifier.classify(example.text());
            boolean right = result.category() == example.label();
            boolean confident = result.confidence() >= MIN_CONFIDENCE;
            int[] row = perCategory.computeIfAbsent(example.label(), c -> new int[4]);
            int[] locale = perLocale.computeIfAbsent(example.locale(), l -> new int[2]);
            row[0]++;
            locale[0]++;
            if (right) {
                correct++;
                row[1]++;
                locale[1]++;
            } else {
                wrong.add(example.label() + " -> " + result.category() + " (" + result.confidence() + "): " + example.text());
            }
            if (confident) {
                row[2]++;
                if (!right) {
                    row[3]++;
                    confidentWrong.add(example.label() + " -> " + result.category() + " (" + result.confidence() + "): "
                            + example.text());
                }
            }
        }
        StringBuilder table = new StringBuilder("\nClassifier accuracy on " + file + "\n");
        table.append(String.format("%-24s %5s %8s %9s %10s%n", "category", "n", "accuracy", "confident", "conf.wrong"));
        perCategory.forEach((category, r) -> table.append(String.format("%-24s %5d %7.0f%% %8.0f%% %10d%n",
                category, r[0], 100.0 * r[1] / r[0], 100.0 * r[2] / r[0], r[3])));
        table.append(String.format("%-24s %5d %7.1f%%%n", "ALL", examples.size(), 100.0 * correct / examples.size()));
        perLocale.forEach((locale, r) -> table.append(String.format("  locale %-15s %5d %7.1f%%%n", locale, r[0],
                100.0 * r[1] / r[0])));
        table.append("Confident but wrong (").append(confidentWrong.size()).append("):\n");
        confidentWrong.forEach(line -> table.append("  ").append(line).append('\n'));
        table.append("All misclassified (").append(wrong.size()).append("):\n");
        wrong.forEach(line -> table.append("  ").append(line).append('\n'));
        System.out.println(table);
        return new Report(examples.size(), correct, confidentWrong.size());
    }

    static List<Example> read(String file) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                examples.add(new Example(Category.valueOf(fields[0].strip()), fields[1].strip(), fields[2].strip()));
            }
        }
        return examples;
    }
}
