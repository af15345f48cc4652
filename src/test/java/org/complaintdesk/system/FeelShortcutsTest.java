package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The FEEL shortcuts answer exactly what Camunda's FEEL engine answers: every input entry, input expression and
 * output entry of every decision table in {@code processes/}, against values of every type a variable may hold;
 * and the desk's engine evaluates its decision tables with them.
 */
@DeskTest
class FeelShortcutsTest {

    @Autowired
    ProcessEngine engine;

    private static final String INPUT = "cellInput";

    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    private final FeelEngine shortcuts = new FeelShortcuts.Factory(new ScalaFeelEngineFactory()).createInstance();

    @Test
    void everyEntryOfEveryModel_answersAsTheFeelEngineDoes() {
        List<String> differences = new ArrayList<>();
        int unaryTests = 0;
        int expressions = 0;
        for (File model : Objects.requireNonNull(new File("processes").listFiles((dir, name) -> name.endsWith(".dmn")))) {
            DmnModelInstance dmn = Dmn.readModelFromFile(model);
            List<Object> values = values(dmn);
            Set<String> names = new LinkedHashSet<>();
            dmn.getModelElementsByType(InputExpression.class).forEach(e -> names.add(e.getText().getTextContent().strip()));
            for (InputEntry entry : dmn.getModelElementsByType(InputEntry.class)) {
                String test = entry.getText().getTextContent();
                if (test.isBlank()) {
                    continue; // the engine does not evaluate empty entries ("-" it does)
                }
                for (Object value : values) {
                    unaryTests++;
                    VariableContext variables = Variables.createVariables().putValue(INPUT, value).asVariableContext();
                    String expected = answer(() -> feel.evaluateSimpleUnaryTests(test, INPUT, variables));
                    String actual = answer(() -> shortcuts.evaluateSimpleUnaryTests(test, INPUT, variables));
                    if (!expected.equals(actual)) {
                        differences.add(model.getName() + " test " + test + " with " + describe(value) + ": FEEL "
                                + expected + ", shortcut " + actual);
                    }
                }
            }
            List<String> texts = new ArrayList<>(names);
            dmn.getModelElementsByType(OutputEntry.class).forEach(e -> texts.add(e.getText().getTextContent()));
            for (String expression : texts) {
                for (Object value : values) {
                    expressions++;
                    var variables = Variables.createVariables();
                    names.forEach(name -> variables.putValue(name, value));
                    String expected = answer(() -> feel.evaluateSimpleExpression(expression, variables.asVariableContext()));
                    String actual = answer(() -> shortcuts.evaluateSimpleExpression(expression, variables.asVariableContext()));
                    if (!expected.equals(actual)) {
                        differences.add(model.getName() + " expression " + expression + " with " + describe(value)
                                + ": FEEL " + expected + ", shortcut " + actual);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(unaryTests).isGreaterThan(1000);
        assertThat(expressions).isGreaterThan(1000);
    }

    @Test
    void simplestForms_areAnsweredWithoutTheFeelEngine() {
        assertThat(FeelShortcuts.Engine.test("-").apply(null)).isTrue();
        assertThat(FeelShortcuts.Engine.test("\"A\", \"B\"").apply("B")).isTrue();
        assertThat(FeelShortcuts.Engine.test("\"A\",\"B\"").apply("C")).isFalse();
        assertThat(FeelShortcuts.Engine.test("true").apply(false)).isFalse();
        assertThat(FeelShortcuts.Engine.test(">= 10").apply(10L)).isTrue();
        assertThat(FeelShortcuts.Engine.test("< 4.0").apply(3.99)).isTrue();
        assertThat(FeelShortcuts.Engine.test("1000").apply(new BigDecimal("1000.00"))).isTrue();
        assertThat(FeelShortcuts.Engine.test("\"A\"").apply(null)).isFalse();
        assertThat(FeelShortcuts.Engine.test(">= 10").apply(null)).isFalse();
        // anything else is the FEEL engine's: other forms, and values of another type than the test's
        assertThat(FeelShortcuts.Engine.test("\"A\"").apply(1)).isNull();
        assertThat(FeelShortcuts.Engine.test(">= 10").apply("10")).isNull();
        assertThat(FeelShortcuts.Engine.test("not(\"A\")").apply("A")).isNull();
        assertThat(FeelShortcuts.Engine.test("[1..5]").apply(3)).isNull();
        assertThat(FeelShortcuts.Engine.expression("if a > 0 then 1 else 2")
                .evaluate(Variables.createVariables().asVariableContext())).isSameAs(FeelShortcuts.Expression.UNANSWERED);
    }

    @Test
    void desksEngine_evaluatesDecisionTablesWithTheShortcuts() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory())
                .isInstanceOf(FeelShortcuts.Factory.class);
    }

    /** Every string literal of the model, and values of every other type and edge a variable may hold. */
    private static List<Object> values(DmnModelInstance dmn) {
        Set<Object> values = new LinkedHashSet<>(Arrays.asList("", "SOMETHING_ELSE", "true", "10", true, false, 0, 1, 2,
                3, 4, 9, 10, 11, 299, 300, 301, 999, 1000, 1001, -1, 5L, 3.5, 4.0, 3.99, 1000.5, new BigDecimal("1000.00"),
                new BigDecimal("2.5"), Double.NaN));
        Pattern literal = Pattern.compile("\"([^\"\\\\]*)\"");
        List<String> texts = new ArrayList<>();
        dmn.getModelElementsByType(UnaryTests.class).forEach(e -> texts.add(e.getText().getTextContent()));
        dmn.getModelElementsByType(LiteralExpression.class).forEach(e -> {
            if (e.getText() != null) {
                texts.add(e.getText().getTextContent());
            }
        });
        for (String text : texts) {
            Matcher found = literal.matcher(text);
            while (found.find()) {
                values.add(found.group(1));
            }
        }
        List<Object> all = new ArrayList<>(values);
        all.add(null);
        return all;
    }

    /** The answer, or the kind of failure: both engines must fail alike where FEEL fails. */
    private static String answer(java.util.function.Supplier<Object> evaluation) {
        try {
            Object value = evaluation.get();
            return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
        } catch (RuntimeException e) {
            return "failed";
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
